package id.sipeka.security;

import static org.assertj.core.api.Assertions.assertThat;

import id.sipeka.Masuk;
import id.sipeka.base.DataTidakDitemukanException;
import id.sipeka.base.LangkahSelesai;
import id.sipeka.evaluasi.EvaluasiData.KegiatanData;
import id.sipeka.evaluasi.EvaluasiQueryService;
import id.sipeka.evaluasi.PembukaanEvaluasiService;
import id.sipeka.evaluasi.PengisianLaporanService;
import id.sipeka.evaluasi.KecamatanSeed003;
import id.sipeka.evaluasi.PenyiapSeed003;
import id.sipeka.evaluasi.SkalaPredikat;
import id.sipeka.organisasi.OrganisasiData.KabupatenData;
import id.sipeka.organisasi.OrganisasiService;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.ObjectMapper;

/**
 * Every public method of every SIPEKA service refuses a user of another kecamatan and a caller who is not signed
 * in, whatever screen, endpoint or process would call it. The methods are found by reflection, so a new public
 * service method without a guard fails this test until it gets one (or a reasoned entry in {@link #TANPA_PENJAGA}).
 * <p>
 * Arguments are real records of a fresh kecamatan (a Renja ditetapkan, its rencana aksi approved, TW I started, a
 * kegiatan and a piece of evidence in the report), so a refusal cannot come from an id that does not exist: the
 * guard has to say no. Each call runs in a transaction that is rolled back, so a method that wrongly goes through
 * changes nothing.
 */
@SpringBootTest
class SetiapPintuDijagaTest {

    /** Wasuponda's unit head: signed in, but of another kecamatan than the records the calls name. */
    private static final String KECAMATAN_LAIN = "wasuponda.kasi";

    /**
     * Deliberately public methods, each with why. {@link Izin#TERBUKA}: open even to a caller who is not signed in;
     * {@link Izin#MASUK}: they answer only about the signed-in caller or what the caller may see anyway, so another
     * kecamatan's user gets their own (empty or false) answer, but a caller who is not signed in is still refused.
     */
    private static final Map<String, Izin> TANPA_PENJAGA = Map.ofEntries(
            // the login itself: Spring Security asks for the account before anyone is signed in
            Map.entry("PenggunaDetailService.loadUserByUsername", Izin.TERBUKA),
            // start-up asks whether any account exists (first admin, demo data), before anyone can sign in
            Map.entry("AkunService.adaAkun", Izin.TERBUKA),
            // the public verification page behind a document's QR code: metadata of a signed document only
            Map.entry("DokumenService.infoPublik", Izin.TERBUKA),
            // the public verification page: compares an uploaded file with the signed original's hash
            Map.entry("DokumenService.cocokkan", Izin.TERBUKA),
            // writes, never reads: records what the caller just did under the caller's own name ("anonim" on the error
            // pages, which log failures of callers who are not signed in); MANDATORY, so it joins the calling use case
            Map.entry("AuditService.catat", Izin.TERBUKA),
            // the caller's own notifications
            Map.entry("NotifikasiService.untukSaya", Izin.MASUK),
            Map.entry("NotifikasiService.belumDibaca", Izin.MASUK),
            Map.entry("NotifikasiService.tandaiSemuaDibaca", Izin.MASUK),
            // the caller's own e-mail choice (and whether this server sends e-mail at all)
            Map.entry("LanggananSurelService.surelAktif", Izin.MASUK),
            Map.entry("LanggananSurelService.whatsAppAktif", Izin.MASUK),
            Map.entry("LanggananSurelService.milikSaya", Izin.MASUK),
            Map.entry("LanggananSurelService.simpan", Izin.MASUK),
            // the caller's own tasks and candidate groups
            Map.entry("InboxService.tugasSaya", Izin.MASUK),
            Map.entry("InboxService.grupSaya", Izin.MASUK),
            Map.entry("InboxService.jumlahTugasSaya", Izin.MASUK),
            // whether the caller may manage / open / change / act as sekcam or camat in a kecamatan: false for anyone
            // else, about the caller's own rights, reveals no data of the kecamatan
            Map.entry("RenstraService.bolehKelola", Izin.MASUK),
            Map.entry("RenstraService.bolehUbah", Izin.MASUK),
            Map.entry("RenjaQueryService.bolehMembuka", Izin.MASUK),
            Map.entry("EvaluasiQueryService.sekcamDi", Izin.MASUK),
            Map.entry("EvaluasiQueryService.camatDi", Izin.MASUK),
            Map.entry("ImporLraService.boleh", Izin.MASUK),
            // lists filtered to what the caller may read (nothing of another kecamatan or kabupaten)
            Map.entry("OrganisasiService.kecamatanTerlihat", Izin.MASUK),
            Map.entry("OrganisasiService.semuaKabupaten", Izin.MASUK),
            // empty for a kecamatan the caller may not read, exactly as for an unknown code
            Map.entry("OrganisasiService.kecamatanDenganKode", Izin.MASUK),
            // the built-in predicate scales: constants of the code, no kabupaten's data
            Map.entry("SkalaPredikatService.preset", Izin.MASUK),
            // the national holidays are the same for every kecamatan (changing them is the admin's, guarded)
            Map.entry("HariLiburService.daftar", Izin.MASUK),
            // the sumber dana list is the same for every kecamatan (changing it is the admin's, guarded)
            Map.entry("SumberDanaService.daftar", Izin.MASUK),
            Map.entry("SumberDanaService.pilihan", Izin.MASUK),
            Map.entry("SumberDanaService.baku", Izin.MASUK),
            Map.entry("SumberDanaService.pemeriksa", Izin.MASUK));

    enum Izin {
        TERBUKA, MASUK
    }

    @Autowired
    ApplicationContext konteks;
    @Autowired
    UserDetailsService users;
    @Autowired
    PenyiapSeed003 penyiap;
    @Autowired
    EvaluasiQueryService evaluasi;
    @Autowired
    PembukaanEvaluasiService pembukaan;
    @Autowired
    PengisianLaporanService pengisian;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PlatformTransactionManager transaksi;
    @Autowired
    ObjectMapper json;

    @Autowired
    OrganisasiService organisasi;

    private Catatan catatan;
    private String kodeKecamatan;

    @AfterEach
    void keluar() {
        Masuk.keluar();
    }

    @Test
    void everyPublicServiceMethodRefusesAnotherKecamatanAndACallerWhoIsNotSignedIn() {
        catatan = siapkan();
        List<String> gagal = new ArrayList<>();
        Set<String> dipakai = new HashSet<>();
        int diperiksa = 0;
        for (String nama : konteks.getBeanNamesForAnnotation(Service.class)) {
            Object bean = konteks.getBean(nama);
            Class<?> kelas = AopUtils.getTargetClass(bean);
            if (!kelas.getPackageName().startsWith("id.sipeka")) {
                continue;
            }
            List<Method> metode = Arrays.stream(kelas.getDeclaredMethods())
                    .filter(m -> Modifier.isPublic(m.getModifiers()) && !Modifier.isStatic(m.getModifiers()))
                    .filter(m -> !m.isSynthetic() && !m.isBridge())
                    .sorted(Comparator.comparing(Method::toString)).toList();
            for (Method m : metode) {
                String kunci = kelas.getSimpleName() + "." + m.getName();
                Izin izin = TANPA_PENJAGA.get(kunci);
                if (izin != null) {
                    dipakai.add(kunci);
                }
                if (izin == Izin.TERBUKA) {
                    continue;
                }
                diperiksa++;
                if (izin == null) {
                    periksa(bean, m, kunci, KECAMATAN_LAIN, gagal);
                }
                periksa(bean, m, kunci, null, gagal);
            }
        }
        assertThat(diperiksa).as("service methods checked").isGreaterThan(100);
        assertThat(dipakai).as("every allow-list entry names a real public service method")
                .containsExactlyInAnyOrderElementsOf(TANPA_PENJAGA.keySet());
        assertThat(gagal).as("public service methods without a guard").isEmpty();
    }

    /** Calls the method through the bean (its proxy: transactions as in production) as {@code siapa}. */
    private void periksa(Object bean, Method m, String kunci, String siapa, List<String> gagal) {
        String label = kunci + Arrays.toString(m.getParameterTypes()) + " as "
                + (siapa == null ? "a caller who is not signed in" : siapa);
        Object[] argumen;
        try {
            argumen = argumen(m, kelasSederhana(m));
        } catch (RuntimeException e) {
            gagal.add(label + ": no dummy arguments (" + e.getMessage() + ")");
            return;
        }
        Method dipanggil;
        try {
            dipanggil = bean.getClass().getMethod(m.getName(), m.getParameterTypes());
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException(e);
        }
        if (siapa == null) {
            Masuk.keluar();
        } else {
            Masuk.sebagai(users, siapa);
        }
        TransactionTemplate tx = new TransactionTemplate(transaksi);
        Throwable hasil = tx.execute(status -> {
            status.setRollbackOnly();
            try {
                dipanggil.invoke(bean, argumen);
                return null;
            } catch (InvocationTargetException e) {
                return e.getCause();
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
        });
        Masuk.keluar();
        if (hasil == null) {
            gagal.add(label + ": returned normally");
        } else if (!(hasil instanceof AccessDeniedException) && !(hasil instanceof DataTidakDitemukanException)) {
            gagal.add(label + ": threw " + hasil);
        }
    }

    private static String kelasSederhana(Method m) {
        return m.getDeclaringClass().getSimpleName();
    }

    // ---- the records the calls name ----

    /** Ids of one real record of each kind, all of the kecamatan the intruder does not belong to. */
    record Catatan(Map<String, Long> id) {
    }

    private Catatan siapkan() {
        KecamatanSeed003 k = penyiap.siapkan();
        Masuk.sebagai(users, k.sekcam());
        long evaluasiId = pembukaan.mulai(k.kecamatanId(), 2026, 1).id();
        long laporanId = evaluasi.laporanId(evaluasiId, k.pem()).orElseThrow();
        long laporanBarisId = jdbc.queryForObject("SELECT MIN(id) FROM laporan_baris WHERE laporan_id = ?", Long.class, laporanId);
        Masuk.sebagai(users, k.kasi());
        long kegiatanId = pengisian.tambahKegiatan(laporanBarisId,
                new KegiatanData(null, LocalDate.of(2026, 2, 3), "Argomulyo", "Rapat koordinasi")).id();
        long buktiId = pengisian.unggahBukti(laporanBarisId, "daftar-hadir.pdf", "%PDF-1.7\n% daftar hadir\n".getBytes()).id();
        Masuk.keluar();
        long kec = k.kecamatanId();
        kodeKecamatan = jdbc.queryForObject("SELECT kode FROM kecamatan WHERE id = ?", String.class, kec);
        // The kecamatan is in Luwu Timur, Wasuponda's kabupaten: kabupaten-wide methods get a kabupaten of their own
        // that the intruder does not belong to.
        Masuk.sebagai(users, "admin");
        String kodeKab = "UJI-JAGA-" + (System.nanoTime() % 1_000_000);
        long kabupatenLain = organisasi.simpanKabupaten(new KabupatenData(null, kodeKab, "Kabupaten Uji " + kodeKab, 0)).id();
        Masuk.keluar();
        Map<String, Long> id = new TreeMap<>();
        id.put("kecamatanId", kec);
        id.put("kabupatenId", kabupatenLain);
        id.put("unitId", k.pem());
        id.put("unitKerjaId", k.pem());
        id.put("pegawaiId", jdbc.queryForObject("SELECT MIN(id) FROM pegawai WHERE kecamatan_id = ?", Long.class, kec));
        id.put("akunId", jdbc.queryForObject(
                "SELECT MIN(a.id) FROM akun a JOIN pegawai p ON p.id = a.pegawai_id WHERE p.kecamatan_id = ?", Long.class, kec));
        id.put("renstraId", jdbc.queryForObject("SELECT MIN(id) FROM renstra WHERE kecamatan_id = ?", Long.class, kec));
        id.put("nomenklaturId", jdbc.queryForObject(
                "SELECT MIN(n.id) FROM nomenklatur n JOIN renstra r ON r.id = n.renstra_id WHERE r.kecamatan_id = ?"
                        + " AND n.unit_kerja_id = ?", Long.class, kec, k.pem()));
        id.put("renjaId", k.renjaId());
        id.put("renjaDitetapkanId", k.renjaId());
        id.put("renjaBarisId", jdbc.queryForObject("SELECT MIN(id) FROM renja_baris WHERE renja_id = ? AND unit_kerja_id = ?",
                Long.class, k.renjaId(), k.pem()));
        // an Aktivitas of that row (issue 13), so AktivitasRenjaService.hapus names a real one
        jdbc.update("INSERT INTO renja_aktivitas (renja_baris_id, kode, nama, pagu, urutan, version)"
                + " SELECT id, CONCAT(kode, '.1'), 'Uji penjaga', 1, 0, 0 FROM renja_baris WHERE id = ?", id.get("renjaBarisId"));
        id.put("renjaAktivitasId", jdbc.queryForObject("SELECT MAX(id) FROM renja_aktivitas WHERE renja_baris_id = ?",
                Long.class, id.get("renjaBarisId")));
        id.put("narasiId", jdbc.queryForObject("SELECT MIN(id) FROM renja_narasi WHERE renja_id = ?", Long.class, k.renjaId()));
        id.put("rencanaAksiId", jdbc.queryForObject("SELECT MIN(id) FROM rencana_aksi WHERE renja_id = ? AND unit_kerja_id = ?",
                Long.class, k.renjaId(), k.pem()));
        id.put("evaluasiId", evaluasiId);
        id.put("laporanId", laporanId);
        id.put("laporanBarisId", laporanBarisId);
        id.put("kegiatanId", kegiatanId);
        id.put("buktiId", buktiId);
        id.put("hariLiburId", jdbc.queryForObject("SELECT MIN(id) FROM hari_libur", Long.class));
        id.put("sumberDanaId", jdbc.queryForObject("SELECT MIN(id) FROM sumber_dana", Long.class));
        // a notification to the kecamatan's sekcam: the intruder may not mark it read
        jdbc.update("INSERT INTO notifikasi (kecamatan_id, peran, jenis, judul, pesan, dibuat_pada)"
                + " VALUES (?, 'SEKCAM', 'TUGAS', 'Uji penjaga', 'Uji penjaga', CURRENT_TIMESTAMP)", kec);
        id.put("notifikasiId", jdbc.queryForObject("SELECT MAX(id) FROM notifikasi WHERE kecamatan_id = ?", Long.class, kec));
        id.values().forEach(v -> assertThat(v).as("a record of every kind exists").isNotNull());
        return new Catatan(id);
    }

    /**
     * The id a parameter or record component names. {@code konteks} is the declaring class (a method's service, or a
     * record) for the names that mean different records in different places ({@code id}, {@code barisId}).
     */
    private long idUntuk(String konteks, String nama) {
        String kunci = switch (konteks + "." + nama) {
            case "OrganisasiService.id" -> "kecamatanId";
            case "UbahBarisRenja.id", "UbahReviewRkpd.barisId" -> "renjaBarisId";
            case "UbahLaporanBaris.id" -> "laporanBarisId";
            case "UbahRencanaAksi.id" -> "rencanaAksiId";
            case "UbahBaris.id", "BarisRenstra.id" -> "nomenklaturId";
            case "AkunData.id" -> "akunId";
            case "HariLiburService.id", "HariLiburData.id" -> "hariLiburId";
            case "SumberDanaData.id" -> "sumberDanaId";
            case "NotifikasiService.id" -> "notifikasiId";
            default -> nama;
        };
        Long id = catatan.id().get(kunci);
        if (id == null) {
            throw new IllegalArgumentException("no record for an id named " + konteks + "." + nama
                    + ": add it to SetiapPintuDijagaTest.siapkan/idUntuk");
        }
        return id;
    }

    // ---- dummy arguments ----

    private Object[] argumen(Method m, String konteks) {
        var parameter = m.getParameters();
        Object[] hasil = new Object[parameter.length];
        for (int i = 0; i < parameter.length; i++) {
            if (!parameter[i].isNamePresent()) {
                throw new IllegalStateException("compile with -parameters");
            }
            hasil[i] = nilai(parameter[i].getType(), parameter[i].getName(), konteks);
        }
        return hasil;
    }

    private Object nilai(Class<?> tipe, String nama, String konteks) {
        boolean adalahId = nama.equals("id") || nama.endsWith("Id");
        if (tipe == long.class || tipe == Long.class) {
            if (nama.equals("version")) {
                return 0L;
            }
            if (!adalahId) {
                return 1L; // an amount (pagu, rupiah)
            }
            // a record's nullable id: a new record in the kecamatan; a known one where the method changes one
            if (tipe == Long.class && nama.equals("id") && !konteks.equals("AkunData")) {
                return null;
            }
            return idUntuk(konteks, nama);
        }
        if (tipe == int.class || tipe == Integer.class) {
            return switch (nama) {
                case "tahun", "tahunRenja" -> 2026;
                case "tahunAwal" -> 2025;
                default -> 1;
            };
        }
        if (tipe == boolean.class || tipe == Boolean.class) {
            return false;
        }
        if (tipe == String.class && konteks.equals("OrganisasiService") && nama.equals("kode")) {
            return kodeKecamatan;
        }
        if (tipe == String.class || tipe == Object.class) {
            return "x";
        }
        if (tipe == SkalaPredikat.class) {
            return SkalaPredikat.PERMENDAGRI_86;
        }
        if (tipe == BigDecimal.class) {
            return BigDecimal.ONE;
        }
        if (tipe == LocalDate.class) {
            return LocalDate.of(2026, 4, 8);
        }
        if (tipe == Instant.class) {
            return Instant.parse("2026-04-08T00:00:00Z");
        }
        if (tipe == byte[].class) {
            return "%PDF-1.7\n".getBytes();
        }
        if (tipe == InputStream.class) {
            return new ByteArrayInputStream(new byte[0]);
        }
        if (tipe == OutputStream.class) {
            return new ByteArrayOutputStream();
        }
        if (tipe.isEnum()) {
            return tipe.getEnumConstants()[0];
        }
        if (List.class.isAssignableFrom(tipe) || tipe == Collection.class) {
            return List.of();
        }
        if (Set.class.isAssignableFrom(tipe)) {
            return Set.of();
        }
        if (Map.class.isAssignableFrom(tipe)) {
            return Map.of();
        }
        if (tipe.getName().startsWith("tools.jackson.databind")) {
            return json.createObjectNode();
        }
        if (tipe.isRecord()) {
            return rekaman(tipe);
        }
        if (tipe == Runnable.class) {
            // a signing step run with a credential (DokumenService.denganKredensial): does nothing itself
            return (Runnable) () -> {
            };
        }
        if (tipe == LangkahSelesai.class) {
            // a step on a document of the fresh kecamatan
            long kecamatanId = idUntuk(konteks, "kecamatanId");
            return new LangkahSelesai() {
                @Override
                public long kecamatanId() {
                    return kecamatanId;
                }

                @Override
                public String subjek() {
                    return "laporan:0";
                }
            };
        }
        throw new IllegalArgumentException("no dummy value for " + tipe.getName() + " " + nama);
    }

    /** A record built from dummy values for its components, named as they would be in a real call. */
    private Object rekaman(Class<?> tipe) {
        RecordComponent[] komponen = tipe.getRecordComponents();
        Class<?>[] tipeKomponen = Arrays.stream(komponen).map(RecordComponent::getType).toArray(Class<?>[]::new);
        Object[] nilai = new Object[komponen.length];
        for (int i = 0; i < komponen.length; i++) {
            nilai[i] = nilai(komponen[i].getType(), komponen[i].getName(), tipe.getSimpleName());
        }
        try {
            Constructor<?> c = tipe.getDeclaredConstructor(tipeKomponen);
            c.setAccessible(true);
            return c.newInstance(nilai);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot build " + tipe.getName() + ": " + e, e);
        }
    }
}
