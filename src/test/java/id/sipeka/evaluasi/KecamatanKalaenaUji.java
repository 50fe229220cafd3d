package id.sipeka.evaluasi;

import id.sipeka.Masuk;
import id.sipeka.evaluasi.EvaluasiData.BarisLaporan;
import id.sipeka.evaluasi.EvaluasiData.BarisRencanaAksi;
import id.sipeka.evaluasi.EvaluasiData.UbahLaporanBaris;
import id.sipeka.evaluasi.EvaluasiData.UbahRencanaAksi;
import id.sipeka.organisasi.AkunService;
import id.sipeka.organisasi.JenisUnit;
import id.sipeka.organisasi.OrganisasiData.KecamatanData;
import id.sipeka.organisasi.OrganisasiData.PegawaiData;
import id.sipeka.organisasi.OrganisasiService;
import id.sipeka.renja.Batas;
import id.sipeka.renja.LayananRenja;
import id.sipeka.renja.RenjaData.BarisRenja;
import id.sipeka.renja.RenjaData.Forum;
import id.sipeka.renja.RenjaData.UbahBarisRenja;
import id.sipeka.renstra.JenisIndikator;
import id.sipeka.renstra.ImporRenstraService;
import id.sipeka.security.Peran;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;
import tools.jackson.databind.ObjectMapper;

/**
 * Tests only: a fresh kecamatan at Kalaena's scale — the demo Renstra of Kalaena (44 sub kegiatan over six units)
 * imported into a new kecamatan with the same units — its Renja 2026 ditetapkan, every unit's rencana aksi approved,
 * and quarters whose six reports are filled, verified and signed through the services, as the demo's
 * {@code DemoEvaluasi} does for Kalaena itself (which the other tests use for their own Renja years).
 */
@Component
public class KecamatanKalaenaUji {

    /** The units with sub kegiatan, in the demo Renstra's codes. */
    static final List<String> UNIT = List.of("SUBBAG-PK", "SUBBAG-UK", "SEKSI-PEM", "SEKSI-PMD", "SEKSI-TRANTIB", "SEKSI-PU");
    public static final int TAHUN = 2026;
    /** The password of every account this fixture makes. */
    public static final String SANDI = "sandi-uji-kalaena";
    private static final AtomicLong NOMOR = new AtomicLong(System.nanoTime() % 100000);
    private static final AtomicLong NIP = new AtomicLong(System.nanoTime() % 1000);

    private final OrganisasiService organisasi;
    private final AkunService akun;
    private final ImporRenstraService renstra;
    private final LayananRenja renja;
    private final RencanaAksiService rencanaAksi;
    private final EvaluasiQueryService evaluasi;
    private final PembukaanEvaluasiService pembukaan;
    private final PengisianLaporanService pengisian;
    private final PemeriksaanEvaluasiService pemeriksaan;
    private final UserDetailsService users;
    private final ObjectMapper json;

    KecamatanKalaenaUji(OrganisasiService organisasi, AkunService akun, ImporRenstraService renstra, LayananRenja renja,
            RencanaAksiService rencanaAksi, EvaluasiQueryService evaluasi,
            PembukaanEvaluasiService pembukaan, PengisianLaporanService pengisian, PemeriksaanEvaluasiService pemeriksaan,
            UserDetailsService users, ObjectMapper json) {
        this.organisasi = organisasi;
        this.akun = akun;
        this.renstra = renstra;
        this.renja = renja;
        this.rencanaAksi = rencanaAksi;
        this.evaluasi = evaluasi;
        this.pembukaan = pembukaan;
        this.pengisian = pengisian;
        this.pemeriksaan = pemeriksaan;
        this.users = users;
        this.json = json;
    }

    /** The kecamatan made: unit code → unit id and → head's account. */
    public record Kecamatan(long kecamatanId, long renjaId, String sekcam, String camat, Map<String, Long> unit,
            Map<String, String> kepala) {
    }

    /** Renja 2026 ditetapkan, rencana aksi approved, and TW I..{@code triwulan} signed for every unit. */
    public Kecamatan siapkan(int triwulan) {
        Masuk.sebagai(users, "admin");
        Kecamatan k = buat(organisasi.semuaKabupaten().getFirst().id());
        k = new Kecamatan(k.kecamatanId(), tahun(k, TAHUN), k.sekcam(), k.camat(), k.unit(), k.kepala());
        for (int tw = 1; tw <= triwulan; tw++) {
            triwulan(k, tw);
        }
        Masuk.keluar();
        return k;
    }

    /**
     * A new kecamatan of the kabupaten with Kalaena's units and accounts and the demo Renstra 2025–2029, no Renja
     * yet (renjaId 0). Signed in as the admin.
     */
    public Kecamatan buat(long kabupatenId) {
        Masuk.sebagai(users, "admin");
        String kode = "KL" + NOMOR.incrementAndGet();
        String u = kode.toLowerCase();
        KecamatanData kec = organisasi.simpanKecamatan(new KecamatanData(null, kabupatenId, null, kode, "Uji " + kode, "Uji", 0));
        long camatUnit = unit(kec, "CAMAT", "Camat", JenisUnit.PIMPINAN, "Camat Uji " + kode, 0);
        long sekcamUnit = unit(kec, "SEKCAM", "Sekretariat", JenisUnit.SEKRETARIAT, "Sekretaris Camat", 1);
        akun(kec, sekcamUnit, "Sekretaris Camat", Peran.SEKCAM, u + ".sekcam");
        akun(kec, camatUnit, "Camat Uji " + kode, Peran.CAMAT, u + ".camat");
        Map<String, Long> unit = new LinkedHashMap<>();
        Map<String, String> kepala = new LinkedHashMap<>();
        int urutan = 2;
        for (String k : UNIT) {
            JenisUnit jenis = k.startsWith("SUBBAG") ? JenisUnit.SUB_BAGIAN : JenisUnit.SEKSI;
            long id = unit(kec, k, "Unit " + k, jenis, "Kepala " + k, urutan++);
            unit.put(k, id);
            kepala.put(k, u + "." + k.toLowerCase());
            akun(kec, id, "Kepala " + k, Peran.KEPALA_UNIT, kepala.get(k));
        }
        try (InputStream in = getClass().getResourceAsStream("/demo/renstra-kalaena-2025-2029.json")) {
            renstra.imporJson(kec.id(), json.readTree(in));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return new Kecamatan(kec.id(), 0, u + ".sekcam", u + ".camat", unit, kepala);
    }

    /** A kecamatan {@link #buat} made earlier (in a kept database), found again by its code; renjaId 0. */
    public Kecamatan yangAda(KecamatanData kec) {
        String u = kec.kode().toLowerCase();
        Map<String, Long> unit = new LinkedHashMap<>();
        Map<String, String> kepala = new LinkedHashMap<>();
        for (var data : organisasi.unit(kec.id())) {
            if (UNIT.contains(data.kode())) {
                unit.put(data.kode(), data.id());
                kepala.put(data.kode(), u + "." + data.kode().toLowerCase());
            }
        }
        return new Kecamatan(kec.id(), 0, u + ".sekcam", u + ".camat", unit, kepala);
    }

    /** The kecamatan's Renja of {@code tahun} through its cycle to ditetapkan and every unit's rencana aksi approved; its id. */
    public long tahun(Kecamatan k, int tahun) {
        long renjaId = tetapkanRenja(k, tahun);
        setujuiRencanaAksi(k, renjaId);
        return renjaId;
    }

    private long tetapkanRenja(Kecamatan k, int tahun) {
        LocalDate h = LocalDate.now();
        Masuk.sebagai(users, k.sekcam());
        long id = renja.pembukaan().buka(k.kecamatanId(), tahun, new Batas(h.plusDays(10), h.plusDays(15), h.plusDays(25), h.plusDays(30))).id();
        for (String kode : UNIT) {
            Masuk.sebagai(users, k.kepala().get(kode));
            long unitId = k.unit().get(kode);
            for (BarisRenja b : renja.baca().barisUnit(id, unitId)) {
                // a year whose rows bring no lokasi or target along (the Renstra's first year) gets them typed in
                String lokasi = b.lokasi() == null || b.lokasi().isBlank() ? "Kecamatan Uji" : b.lokasi();
                renja.pengisian().simpanBaris(new UbahBarisRenja(b.id(), b.version(), b.indikator(),
                        b.target() == null ? BigDecimal.ONE : b.target(), lokasi, b.pagu() == null ? 0L : b.pagu(), "APBD",
                        null, b.targetMaju(), b.paguMaju()));
            }
            renja.pengisian().ajukanBagian(id, unitId);
        }
        Masuk.sebagai(users, k.sekcam());
        UNIT.forEach(kode -> renja.telaah().setujuiBagian(id, k.unit().get(kode)));
        renja.forumRenja().simpanForum(id, new Forum(h, "Aula Kantor Camat", "Kepala desa", List.of()));
        renja.forumRenja().selesaikanForum(id, Set.of());
        renja.penetapan().setujuiRancanganAkhir(id);
        Masuk.sebagai(users, k.camat());
        renja.penetapan().tetapkan(id, "Kalaena Kiri", h);
        return id;
    }

    private void setujuiRencanaAksi(Kecamatan k, long renjaId) {
        for (String kode : UNIT) {
            long unitId = k.unit().get(kode);
            Masuk.sebagai(users, k.kepala().get(kode));
            for (BarisRencanaAksi b : rencanaAksi.baris(renjaId, unitId)) {
                rencanaAksi.simpan(new UbahRencanaAksi(b.id(), b.version(), bagiTarget(b), bagiRupiah(b.anggaran())));
            }
            rencanaAksi.ajukan(renjaId, unitId);
            Masuk.sebagai(users, k.sekcam());
            rencanaAksi.setujui(renjaId, unitId);
        }
    }

    /** Every unit fills every row (80–110% of the quarter's target, 60–96% of its money), the sekcam verifies, the camat signs. */
    public void triwulan(Kecamatan k, int tw) {
        triwulan(k, TAHUN, tw);
    }

    /** As {@link #triwulan(Kecamatan, int)} for quarter {@code tw} of {@code tahun}. */
    public void triwulan(Kecamatan k, int tahun, int tw) {
        long evaluasiId = mulai(k, tahun, tw);
        LocalDate akhir = LocalDate.of(tahun, tw * 3, 1).plusMonths(1).minusDays(1);
        List<Long> laporan = new ArrayList<>();
        for (String kode : UNIT) {
            long laporanId = isi(k, evaluasiId, kode);
            ajukan(k, kode, laporanId);
            laporan.add(laporanId);
        }
        laporan.forEach(l -> verifikasi(k, l));
        Masuk.sebagai(users, k.camat());
        laporan.forEach(l -> pemeriksaan.tandaTangani(l, "Kalaena Kiri", akhir.plusDays(8)));
        Masuk.keluar();
    }

    /** The sekcam starts quarter {@code tw} of {@link #TAHUN}; returns the evaluation's id. */
    public long mulai(Kecamatan k, int tw) {
        return mulai(k, TAHUN, tw);
    }

    /** The sekcam starts quarter {@code tw} of {@code tahun}; returns the evaluation's id. */
    public long mulai(Kecamatan k, int tahun, int tw) {
        Masuk.sebagai(users, k.sekcam());
        return pembukaan.mulai(k.kecamatanId(), tahun, tw).id();
    }

    /** The unit's head fills every row of its report (not submitted); returns the report's id. */
    public long isi(Kecamatan k, long evaluasiId, String kode) {
        Masuk.sebagai(users, k.kepala().get(kode));
        long laporanId = evaluasi.laporanId(evaluasiId, k.unit().get(kode)).orElseThrow();
        var laporan = evaluasi.laporan(laporanId);
        int urutan = UNIT.indexOf(kode);
        List<BarisLaporan> baris = laporan.baris();
        for (int i = 0; i < baris.size(); i++) {
            BarisLaporan b = baris.get(i);
            int variasi = (urutan * 7 + i * 3 + laporan.triwulan()) % 7;
            pengisian.simpanBaris(new UbahLaporanBaris(b.id(), b.version(), kali(b.targetTw(), 80 + variasi * 5, b.jenis()),
                    b.targetRpTw() == null ? 0L : b.targetRpTw() * (60 + variasi * 6) / 100, "Tidak ada kendala berarti.",
                    "Dilanjutkan sesuai rencana aksi.", null));
        }
        Masuk.keluar();
        return laporanId;
    }

    /** The unit's head submits its report to the sekcam. */
    public void ajukan(Kecamatan k, String kode, long laporanId) {
        Masuk.sebagai(users, k.kepala().get(kode));
        pengisian.ajukan(laporanId);
        Masuk.keluar();
    }

    /** The sekcam verifies a submitted report. */
    public void verifikasi(Kecamatan k, long laporanId) {
        Masuk.sebagai(users, k.sekcam());
        pemeriksaan.verifikasi(laporanId);
        Masuk.keluar();
    }

    /** The camat signs a verified report, dated eight days after its quarter's end. */
    public void tandaTangani(Kecamatan k, long laporanId) {
        Masuk.sebagai(users, k.camat());
        var laporan = evaluasi.laporan(laporanId);
        LocalDate akhir = LocalDate.of(laporan.tahun(), laporan.triwulan() * 3, 1).plusMonths(1).minusDays(1);
        pemeriksaan.tandaTangani(laporanId, "Kalaena Kiri", akhir.plusDays(8));
        Masuk.keluar();
    }

    private static List<BigDecimal> bagiTarget(BarisRencanaAksi b) {
        BigDecimal t = b.targetTahunan() == null ? BigDecimal.ZERO : b.targetTahunan();
        if (b.jenis() != JenisIndikator.JUMLAH) {
            return List.of(t, t, t, t);
        }
        BigDecimal seperempat = t.divide(BigDecimal.valueOf(4), 0, RoundingMode.DOWN);
        return List.of(seperempat, seperempat, seperempat, t.subtract(seperempat.multiply(BigDecimal.valueOf(3))));
    }

    private static List<Long> bagiRupiah(Long anggaran) {
        long a = anggaran == null ? 0 : anggaran;
        long seperempat = a / 4;
        return List.of(seperempat, seperempat, seperempat, a - 3 * seperempat);
    }

    private static BigDecimal kali(BigDecimal target, int persen, JenisIndikator jenis) {
        if (target == null) {
            return BigDecimal.ZERO;
        }
        return target.multiply(BigDecimal.valueOf(persen)).divide(BigDecimal.valueOf(100), jenis == JenisIndikator.JUMLAH ? 0 : 2,
                RoundingMode.HALF_UP);
    }

    private long unit(KecamatanData kec, String kode, String nama, JenisUnit jenis, String jabatanKepala, int urutan) {
        return organisasi.simpanUnit(new id.sipeka.organisasi.OrganisasiData.UnitData(null, kec.id(), kode, nama, jenis,
                jabatanKepala, urutan, 0)).id();
    }

    private void akun(KecamatanData kec, long unitId, String jabatan, Peran peran, String username) {
        String nip = "19800115" + "2010" + String.format("%02d", 1 + NIP.getAndIncrement() % 12) + "2"
                + String.format("%03d", NIP.get() % 1000);
        PegawaiData p = organisasi.simpanPegawai(new PegawaiData(null, kec.id(), unitId, "Pejabat " + jabatan, nip, null,
                jabatan, 0));
        akun.buat(username, SANDI, peran, p.id(), null);
    }
}
