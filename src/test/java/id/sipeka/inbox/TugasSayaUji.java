package id.sipeka.inbox;

import id.sipeka.Masuk;
import id.sipeka.evaluasi.EvaluasiData.BarisLaporan;
import id.sipeka.evaluasi.EvaluasiData.UbahLaporanBaris;
import id.sipeka.evaluasi.EvaluasiQueryService;
import id.sipeka.evaluasi.PembukaanEvaluasiService;
import id.sipeka.evaluasi.PemeriksaanEvaluasiService;
import id.sipeka.evaluasi.PengisianLaporanService;
import id.sipeka.evaluasi.KecamatanSeed003;
import id.sipeka.evaluasi.PenyiapSeed003;
import id.sipeka.renja.Batas;
import id.sipeka.renja.LayananRenja;
import id.sipeka.renja.RenjaData.BarisRenja;
import id.sipeka.renja.RenjaData.UbahBarisRenja;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * Tests only: a seed-003 kecamatan (Renja 2026 ditetapkan) with a Renja 2027 opened (the units' deadline this week's
 * Sunday) and evaluation TW I 2026 started (its deadline 15 April 2026 — ten working days — long past), and the steps that move each
 * kind of task from kasi to sekcam to camat.
 */
@Component
public class TugasSayaUji {

    private final PenyiapSeed003 seed003;
    private final LayananRenja renja;
    private final EvaluasiQueryService evaluasi;
    private final PembukaanEvaluasiService pembukaan;
    private final PengisianLaporanService pengisian;
    private final PemeriksaanEvaluasiService pemeriksaan;
    private final UserDetailsService users;
    private final Clock clock;

    TugasSayaUji(PenyiapSeed003 seed003, LayananRenja renja, EvaluasiQueryService evaluasi,
            PembukaanEvaluasiService pembukaan, PengisianLaporanService pengisian, PemeriksaanEvaluasiService pemeriksaan, UserDetailsService users, Clock clock) {
        this.seed003 = seed003;
        this.renja = renja;
        this.evaluasi = evaluasi;
        this.pembukaan = pembukaan;
        this.pengisian = pengisian;
        this.pemeriksaan = pemeriksaan;
        this.users = users;
        this.clock = clock;
    }

    public record Keadaan(KecamatanSeed003 k, long renjaId, long evaluasiId, long laporanPem, long laporanLain, Batas batas) {
    }

    public Keadaan siapkan() {
        KecamatanSeed003 k = seed003.siapkan();
        LocalDate minggu = LocalDate.now(clock).with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
        Batas batas = new Batas(minggu, minggu.plusDays(5), minggu.plusDays(15), minggu.plusDays(20));
        Masuk.sebagai(users, k.sekcam());
        long renjaId = renja.pembukaan().buka(k.kecamatanId(), 2027, batas).id();
        long evaluasiId = pembukaan.mulai(k.kecamatanId(), 2026, 1).id();
        return new Keadaan(k, renjaId, evaluasiId, evaluasi.laporanId(evaluasiId, k.pem()).orElseThrow(),
                evaluasi.laporanId(evaluasiId, k.lain()).orElseThrow(), batas);
    }

    /** The kasi (or another unit head) fills and submits the unit's Renja section. */
    public void ajukanBagian(Keadaan s, String kepala, long unitId) {
        Masuk.sebagai(users, kepala);
        for (BarisRenja b : renja.baca().barisUnit(s.renjaId(), unitId)) {
            renja.pengisian().simpanBaris(new UbahBarisRenja(b.id(), b.version(), b.indikator(), b.target(), b.lokasi(), b.pagu(),
                    "APBD", b.catatan(), b.targetMaju(), b.paguMaju()));
        }
        renja.pengisian().ajukanBagian(s.renjaId(), unitId);
    }

    /** The unit head fills every row of the report with a realisasi and submits it. */
    public void ajukanLaporan(String kepala, long laporanId) {
        Masuk.sebagai(users, kepala);
        for (BarisLaporan b : evaluasi.laporan(laporanId).baris()) {
            pengisian.simpanBaris(new UbahLaporanBaris(b.id(), b.version(), BigDecimal.ONE, 100_000L,
                    "Tidak ada kendala berarti", "Dilanjutkan triwulan berikutnya", null));
        }
        pengisian.ajukan(laporanId);
    }

    public void verifikasi(Keadaan s, long laporanId) {
        Masuk.sebagai(users, s.k().sekcam());
        pemeriksaan.verifikasi(laporanId);
    }

    public void tandaTangani(Keadaan s, long laporanId) {
        Masuk.sebagai(users, s.k().camat());
        pemeriksaan.tandaTangani(laporanId, "Kalaena Kiri", LocalDate.of(2026, 4, 9));
    }
}
