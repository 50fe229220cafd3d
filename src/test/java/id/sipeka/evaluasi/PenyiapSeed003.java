package id.sipeka.evaluasi;

import id.sipeka.Masuk;
import id.sipeka.evaluasi.EvaluasiData.BarisLaporan;
import id.sipeka.evaluasi.EvaluasiData.UbahLaporanBaris;
import id.sipeka.organisasi.AkunService;
import id.sipeka.organisasi.OrganisasiService;
import id.sipeka.renja.LayananRenja;
import id.sipeka.renstra.ImporRenstraService;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;
import tools.jackson.databind.ObjectMapper;

/**
 * Tests only: makes a fresh {@link KecamatanSeed003} with the services it needs, so a test asks for one bean
 * instead of carrying seven fields it uses only for this.
 */
@Component
public class PenyiapSeed003 {

    private final OrganisasiService organisasi;
    private final AkunService akun;
    private final ImporRenstraService renstra;
    private final LayananRenja renja;
    private final RencanaAksiService rencanaAksi;
    private final UserDetailsService users;
    private final ObjectMapper json;
    private final PembukaanEvaluasiService pembukaan;
    private final EvaluasiQueryService evaluasi;
    private final PengisianLaporanService pengisian;
    private final PemeriksaanEvaluasiService pemeriksaan;

    PenyiapSeed003(OrganisasiService organisasi, AkunService akun, ImporRenstraService renstra, LayananRenja renja,
            RencanaAksiService rencanaAksi, UserDetailsService users, ObjectMapper json, PembukaanEvaluasiService pembukaan,
            EvaluasiQueryService evaluasi, PengisianLaporanService pengisian, PemeriksaanEvaluasiService pemeriksaan) {
        this.pembukaan = pembukaan;
        this.evaluasi = evaluasi;
        this.pengisian = pengisian;
        this.pemeriksaan = pemeriksaan;
        this.organisasi = organisasi;
        this.akun = akun;
        this.renstra = renstra;
        this.renja = renja;
        this.rencanaAksi = rencanaAksi;
        this.users = users;
        this.json = json;
    }

    /** Renja 2026 ditetapkan and both units' rencana aksi approved. */
    public KecamatanSeed003 siapkan() {
        return KecamatanSeed003.siapkan(organisasi, akun, renstra, renja, rencanaAksi, users, json);
    }

    /** Renja 2026 ditetapkan, the rencana aksi not yet entered. */
    public KecamatanSeed003 siapkanTanpaRencanaAksi() {
        return KecamatanSeed003.siapkanTanpaRencanaAksi(organisasi, akun, renstra, renja, users, json);
    }

    /** A quarter of 2026 and its two reports (the ids of the evaluation and of Seksi Pemerintahan Umum's and the other unit's report). */
    public record Triwulan(long evaluasiId, long laporanPem, long laporanLain) {
    }

    /**
     * Quarter {@code tw} of 2026 with seed 003's realisasi kinerja (Forum 3, Perdes 7, the other unit's row 1) and the
     * given rupiah, both reports submitted, verified by the sekcam and signed by the camat on {@code ditandatangani};
     * ends signed in as the camat.
     */
    public Triwulan triwulanDitandatangani(KecamatanSeed003 k, int tw, long rpForum, long rpPerdes, long rpLain,
            LocalDate ditandatangani) {
        Masuk.sebagai(users, k.sekcam());
        long evaluasiId = pembukaan.mulai(k.kecamatanId(), 2026, tw).id();
        long laporanPem = evaluasi.laporanId(evaluasiId, k.pem()).orElseThrow();
        long laporanLain = evaluasi.laporanId(evaluasiId, k.lain()).orElseThrow();
        Masuk.sebagai(users, k.kasi());
        isi(laporanPem, KecamatanSeed003.FORUM, 3, rpForum);
        isi(laporanPem, KecamatanSeed003.PERDES, 7, rpPerdes);
        pengisian.ajukan(laporanPem);
        Masuk.sebagai(users, k.kepalaLain());
        isi(laporanLain, KecamatanSeed003.LAIN, 1, rpLain);
        pengisian.ajukan(laporanLain);
        Masuk.sebagai(users, k.sekcam());
        pemeriksaan.verifikasi(laporanPem);
        pemeriksaan.verifikasi(laporanLain);
        Masuk.sebagai(users, k.camat());
        pemeriksaan.tandaTangani(laporanPem, "Kalaena Kiri", ditandatangani);
        pemeriksaan.tandaTangani(laporanLain, "Kalaena Kiri", ditandatangani);
        return new Triwulan(evaluasiId, laporanPem, laporanLain);
    }

    /** Enters one row of a report as the signed-in unit head: realisasi kinerja and rupiah, with the usual notes. */
    public void isi(long laporanId, String kode, int realisasi, long rp) {
        BarisLaporan b = evaluasi.laporan(laporanId).baris().stream().filter(x -> x.kode().equals(kode)).findFirst().orElseThrow();
        pengisian.simpanBaris(new UbahLaporanBaris(b.id(), b.version(), BigDecimal.valueOf(realisasi), rp,
                "Tidak ada kendala berarti", "Dilanjutkan triwulan berikutnya", null));
    }
}
