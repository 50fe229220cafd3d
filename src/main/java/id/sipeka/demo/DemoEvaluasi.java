package id.sipeka.demo;

import id.sipeka.evaluasi.EvaluasiData.BarisLaporan;
import id.sipeka.evaluasi.EvaluasiData.BarisRencanaAksi;
import id.sipeka.evaluasi.EvaluasiData.KegiatanData;
import id.sipeka.evaluasi.EvaluasiData.UbahLaporanBaris;
import id.sipeka.evaluasi.EvaluasiData.UbahRencanaAksi;
import id.sipeka.evaluasi.EvaluasiQueryService;
import id.sipeka.evaluasi.PembukaanEvaluasiService;
import id.sipeka.evaluasi.PemeriksaanEvaluasiService;
import id.sipeka.evaluasi.PengisianLaporanService;
import id.sipeka.evaluasi.PerjanjianKinerjaService;
import id.sipeka.evaluasi.RencanaAksiService;
import id.sipeka.organisasi.OrganisasiData.UnitData;
import id.sipeka.organisasi.OrganisasiService;
import id.sipeka.renja.Batas;
import id.sipeka.renja.ForumRenjaService;
import id.sipeka.renja.PembukaanRenjaService;
import id.sipeka.renja.PenetapanRenjaService;
import id.sipeka.renja.PengisianBagianService;
import id.sipeka.renja.RenjaData.BarisRenja;
import id.sipeka.renja.RenjaData.Forum;
import id.sipeka.renja.RenjaData.UbahBarisRenja;
import id.sipeka.renja.RenjaQueryService;
import id.sipeka.renja.TelaahSekcamService;
import id.sipeka.renstra.JenisIndikator;
import id.sipeka.renstra.RenstraData.RenstraRingkas;
import id.sipeka.renstra.RenstraService;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntPredicate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * Kalaena's planning years for the demo, made through the services as its officials would do it, signed in one
 * after another (nothing is written to tables directly):
 * <ul>
 * <li>last year complete: its Renja ditetapkan, every quarter reported, verified, signed and recapped, so "evaluasi
 * tahun N" is stored;</li>
 * <li>this year in progress: the Renja ditetapkan, every unit's rencana aksi approved, each quarter that ended before
 * the last one done, and the last ended quarter under way with units in different states;</li>
 * <li>next year's Renja opened (it is prepared during this year): its BAB II table T-C.29 shows last year's
 * evaluation — the Renja of year N takes "tahun lalu" from year N−2.</li>
 * </ul>
 * So every Renja and evaluation screen and document has something to show.
 */
@Component
class DemoEvaluasi {

    /** Kalaena's units with sub kegiatan and their heads' demo accounts (see {@link DemoData}). */
    private static final Map<String, String> KEPALA = new LinkedHashMap<>();

    static {
        KEPALA.put("SUBBAG-PK", "kasubag.pk");
        KEPALA.put("SUBBAG-UK", "kasubag.uk");
        KEPALA.put("SEKSI-PEM", "kasi.pem");
        KEPALA.put("SEKSI-PMD", "kasi.pmd");
        KEPALA.put("SEKSI-TRANTIB", "kasi.trantib");
        KEPALA.put("SEKSI-PU", "kasi.pu");
    }

    private static final String TEMPAT = "Kalaena Kiri";

    private final RenjaQueryService renja;
    private final PembukaanRenjaService pembukaanRenja;
    private final PengisianBagianService pengisianBagian;
    private final TelaahSekcamService telaah;
    private final ForumRenjaService forumRenja;
    private final PenetapanRenjaService penetapan;
    private final RencanaAksiService rencanaAksi;
    private final PerjanjianKinerjaService perjanjianKinerja;
    private final EvaluasiQueryService evaluasi;
    private final PembukaanEvaluasiService pembukaan;
    private final PengisianLaporanService pengisian;
    private final PemeriksaanEvaluasiService pemeriksaan;
    private final OrganisasiService organisasi;
    private final RenstraService renstra;
    private final UserDetailsService users;
    private final Clock clock;

    DemoEvaluasi(RenjaQueryService renja, PembukaanRenjaService pembukaanRenja, PengisianBagianService pengisianBagian,
            TelaahSekcamService telaah, ForumRenjaService forumRenja, PenetapanRenjaService penetapan,
            RencanaAksiService rencanaAksi, PerjanjianKinerjaService perjanjianKinerja, EvaluasiQueryService evaluasi,
            PembukaanEvaluasiService pembukaan, PengisianLaporanService pengisian, PemeriksaanEvaluasiService pemeriksaan,
            OrganisasiService organisasi, RenstraService renstra, UserDetailsService users, Clock clock) {
        this.renja = renja;
        this.pembukaanRenja = pembukaanRenja;
        this.pengisianBagian = pengisianBagian;
        this.telaah = telaah;
        this.forumRenja = forumRenja;
        this.penetapan = penetapan;
        this.rencanaAksi = rencanaAksi;
        this.perjanjianKinerja = perjanjianKinerja;
        this.evaluasi = evaluasi;
        this.pembukaan = pembukaan;
        this.pengisian = pengisian;
        this.pemeriksaan = pemeriksaan;
        this.organisasi = organisasi;
        this.renstra = renstra;
        this.users = users;
        this.clock = clock;
    }

    /** What was made: the complete year (or null), this year's quarters evaluated, the Renja opened (or null). */
    record Hasil(Integer tahunLengkap, int triwulanTahunIni, Integer renjaDibuka) {
    }

    /** Years the Renstra does not cover are left out (a Renja needs its Renstra). */
    Hasil muat() {
        LocalDate hariIni = LocalDate.now(clock);
        int tahun = hariIni.getYear();
        long kalaena = sebagai("sekcam", () -> organisasi.kecamatanDenganKode("KALAENA").orElseThrow().id());
        Map<String, Long> unit = sebagai("sekcam", () -> unitKalaena(kalaena));
        List<RenstraRingkas> periode = sebagai("sekcam", () -> renstra.daftar(kalaena));
        IntPredicate tercakup = t -> periode.stream().anyMatch(r -> r.tahunAwal() <= t && t <= r.tahunAkhir());
        Integer lengkap = null;
        if (tercakup.test(tahun - 1)) {
            tahunLengkap(kalaena, tahun - 1, unit);
            lengkap = tahun - 1;
        }
        int berakhir = 0;
        if (tercakup.test(tahun)) {
            long renjaId = tetapkanRenja(kalaena, tahun, unit);
            setujuiRencanaAksi(renjaId, unit);
            berakhir = (hariIni.getMonthValue() - 1) / 3; // quarters of this year that have ended
            for (int tw = 1; tw < berakhir; tw++) {
                triwulanSelesai(kalaena, tahun, tw, unit);
            }
            if (berakhir > 0) {
                triwulanBerjalan(kalaena, tahun, berakhir, unit);
            }
        }
        Integer dibuka = null;
        if (tercakup.test(tahun + 1)) {
            sebagai("sekcam", () -> pembukaanRenja.buka(kalaena, tahun + 1, new Batas(hariIni.plusDays(10),
                    hariIni.plusDays(15), hariIni.plusDays(25), hariIni.plusDays(30))));
            dibuka = tahun + 1;
        }
        return new Hasil(lengkap, berakhir, dibuka);
    }

    /** A year gone by: its Renja ditetapkan, the rencana aksi approved, all four quarters done (TW IV stores the year). */
    private void tahunLengkap(long kalaena, int tahun, Map<String, Long> unit) {
        long renjaId = tetapkanRenja(kalaena, tahun, unit);
        setujuiRencanaAksi(renjaId, unit);
        for (int tw = 1; tw <= 4; tw++) {
            triwulanSelesai(kalaena, tahun, tw, unit);
        }
    }

    /** The Renja of a year through its cycle, ditetapkan on 20 December of the year before. */
    private long tetapkanRenja(long kalaena, int tahun, Map<String, Long> unit) {
        LocalDate h = LocalDate.now(clock);
        long id = sebagai("sekcam", () -> pembukaanRenja.buka(kalaena, tahun,
                new Batas(h.plusDays(10), h.plusDays(15), h.plusDays(25), h.plusDays(30))).id());
        for (var k : KEPALA.entrySet()) {
            long unitId = unit.get(k.getKey());
            sebagai(k.getValue(), () -> {
                for (BarisRenja b : renja.barisUnit(id, unitId)) {
                    // a sub kegiatan the Renstra does not fund that year (no target or pagu) is planned at 0
                    pengisianBagian.simpanBaris(new UbahBarisRenja(b.id(), b.version(), b.indikator(),
                            b.target() == null ? BigDecimal.ZERO : b.target(), b.lokasi(), b.pagu() == null ? 0L : b.pagu(),
                            "APBD", null, b.targetMaju(), b.paguMaju()));
                }
                pengisianBagian.ajukanBagian(id, unitId);
                return null;
            });
        }
        sebagai("sekcam", () -> {
            KEPALA.keySet().forEach(kode -> telaah.setujuiBagian(id, unit.get(kode)));
            forumRenja.simpanForum(id, new Forum(LocalDate.of(tahun - 1, 3, 12), "Aula Kantor Camat Kalaena",
                    "Kepala desa se-Kecamatan Kalaena, ketua BPD, tokoh masyarakat, perwakilan perangkat daerah", List.of()));
            forumRenja.selesaikanForum(id, Set.of());
            penetapan.setujuiRancanganAkhir(id);
            return null;
        });
        sebagai("camat", () -> {
            penetapan.tetapkan(id, TEMPAT, LocalDate.of(tahun - 1, 12, 20));
            return null;
        });
        return id;
    }

    /** Each unit splits target and anggaran over the quarters (a count by quarter, a level as the year's), approved. */
    private void setujuiRencanaAksi(long renjaId, Map<String, Long> unit) {
        for (var k : KEPALA.entrySet()) {
            long unitId = unit.get(k.getKey());
            sebagai(k.getValue(), () -> {
                for (BarisRencanaAksi b : rencanaAksi.baris(renjaId, unitId)) {
                    rencanaAksi.simpan(new UbahRencanaAksi(b.id(), b.version(), bagiTarget(b), bagiRupiah(b.anggaran())));
                }
                rencanaAksi.ajukan(renjaId, unitId);
                perjanjianKinerja.konfirmasiPk(renjaId, unitId);
                return null;
            });
            sebagai("sekcam", () -> {
                rencanaAksi.setujui(renjaId, unitId);
                return null;
            });
        }
    }

    /**
     * Every unit reports, the sekcam verifies, the camat signs each report and then the recap (after TW IV that
     * stores the year's evaluation).
     */
    private void triwulanSelesai(long kalaena, int tahun, int tw, Map<String, Long> unit) {
        long evaluasiId = sebagai("sekcam", () -> pembukaan.mulai(kalaena, tahun, tw).id());
        LocalDate akhir = LocalDate.of(tahun, tw * 3, 1).plusMonths(1).minusDays(1);
        List<Long> laporan = new ArrayList<>();
        int urutan = 0;
        for (var k : KEPALA.entrySet()) {
            laporan.add(laporkan(evaluasiId, unit.get(k.getKey()), k.getValue(), tw, urutan++, akhir));
        }
        sebagai("sekcam", () -> {
            laporan.forEach(pemeriksaan::verifikasi);
            return null;
        });
        sebagai("camat", () -> {
            laporan.forEach(l -> pemeriksaan.tandaTangani(l, TEMPAT, akhir.plusDays(8)));
            pemeriksaan.tandaTanganiRekap(evaluasiId, TEMPAT, akhir.plusDays(10));
            return null;
        });
    }

    /**
     * The last ended quarter, under way: two reports signed, one verified, one returned with a reason, one
     * submitted, one not yet filled — the completeness matrix shows each state.
     */
    private void triwulanBerjalan(long kalaena, int tahun, int tw, Map<String, Long> unit) {
        long evaluasiId = sebagai("sekcam", () -> pembukaan.mulai(kalaena, tahun, tw).id());
        LocalDate akhir = LocalDate.of(tahun, tw * 3, 1).plusMonths(1).minusDays(1);
        List<String> kode = new ArrayList<>(KEPALA.keySet());
        List<Long> laporan = new ArrayList<>();
        for (int i = 0; i < kode.size() - 1; i++) {
            laporan.add(laporkan(evaluasiId, unit.get(kode.get(i)), KEPALA.get(kode.get(i)), tw, i, akhir));
        }
        sebagai("sekcam", () -> {
            pemeriksaan.verifikasi(laporan.get(0));
            pemeriksaan.verifikasi(laporan.get(1));
            pemeriksaan.verifikasi(laporan.get(2));
            pemeriksaan.kembalikan(laporan.get(3), Map.of(), "Lengkapi uraian kendala dan lampirkan bukti kegiatan.");
            return null;
        });
        sebagai("camat", () -> {
            pemeriksaan.tandaTangani(laporan.get(0), TEMPAT, akhir.plusDays(8));
            pemeriksaan.tandaTangani(laporan.get(1), TEMPAT, akhir.plusDays(8));
            return null;
        });
    }

    /**
     * A unit head fills every row — realisasi between 80% and 110% of the quarter's target, money between 60% and
     * 100% of the quarter's plan, varying by unit and row — adds one activity and submits.
     */
    private long laporkan(long evaluasiId, long unitId, String kepala, int tw, int urutan, LocalDate akhir) {
        return sebagai(kepala, () -> {
            long laporanId = evaluasi.laporanId(evaluasiId, unitId).orElseThrow();
            List<BarisLaporan> baris = evaluasi.laporan(laporanId).baris();
            for (int i = 0; i < baris.size(); i++) {
                BarisLaporan b = baris.get(i);
                int variasi = (urutan * 7 + i * 3 + tw) % 7;
                BigDecimal kinerja = kali(b.targetTw(), 80 + variasi * 5, b.jenis());
                long rp = kali(b.targetRpTw(), 60 + variasi * 6);
                pengisian.simpanBaris(new UbahLaporanBaris(b.id(), b.version(), kinerja, rp,
                        variasi < 3 ? "Sebagian kegiatan bergeser karena jadwal narasumber dan desa." : "Tidak ada kendala berarti.",
                        variasi < 3 ? "Dijadwalkan ulang pada awal triwulan berikutnya." : "Dilanjutkan sesuai rencana aksi.", null));
            }
            if (!baris.isEmpty()) {
                pengisian.tambahKegiatan(baris.getFirst().id(), new KegiatanData(null, akhir.minusDays(20), TEMPAT,
                        "Pelaksanaan " + baris.getFirst().nama().toLowerCase(java.util.Locale.ROOT) + " bersama perangkat desa."));
            }
            pengisian.ajukan(laporanId);
            return laporanId;
        });
    }

    private Map<String, Long> unitKalaena(long kalaena) {
        Map<String, Long> hasil = new LinkedHashMap<>();
        for (UnitData u : organisasi.unit(kalaena)) {
            hasil.put(u.kode(), u.id());
        }
        return hasil;
    }

    /** A count is split over the quarters (the remainder in TW IV); a level or running total is the year's target. */
    static List<BigDecimal> bagiTarget(BarisRencanaAksi b) {
        BigDecimal t = b.targetTahunan() == null ? BigDecimal.ZERO : b.targetTahunan();
        if (b.jenis() != JenisIndikator.JUMLAH) {
            return List.of(t, t, t, t);
        }
        BigDecimal seperempat = t.divide(BigDecimal.valueOf(4), 0, RoundingMode.DOWN);
        return List.of(seperempat, seperempat, seperempat, t.subtract(seperempat.multiply(BigDecimal.valueOf(3))));
    }

    /** The anggaran in four equal parts, the remainder in TW IV, so that the quarters add up to it exactly. */
    static List<Long> bagiRupiah(Long anggaran) {
        long a = anggaran == null ? 0 : anggaran;
        long seperempat = a / 4;
        return List.of(seperempat, seperempat, seperempat, a - 3 * seperempat);
    }

    private static BigDecimal kali(BigDecimal target, int persen, JenisIndikator jenis) {
        if (target == null) {
            return BigDecimal.ZERO;
        }
        // counts are whole things; a level keeps two decimals
        return target.multiply(BigDecimal.valueOf(persen)).divide(BigDecimal.valueOf(100), jenis == JenisIndikator.JUMLAH ? 0 : 2,
                RoundingMode.HALF_UP);
    }

    private static long kali(Long target, int persen) {
        return target == null ? 0 : target * persen / 100;
    }

    /** Runs {@code kerja} signed in as a demo account (its roles, unit and acting assignments read as at login). */
    private <T> T sebagai(String username, java.util.function.Supplier<T> kerja) {
        SecurityContext sebelum = SecurityContextHolder.getContext();
        UserDetails user = users.loadUserByUsername(username);
        SecurityContext konteks = SecurityContextHolder.createEmptyContext();
        konteks.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(konteks);
        try {
            return kerja.get();
        } finally {
            SecurityContextHolder.setContext(sebelum);
        }
    }
}
