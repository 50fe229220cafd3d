package id.sipeka.evaluasi;

import id.sipeka.Masuk;
import id.sipeka.evaluasi.EvaluasiData.BarisLaporan;
import id.sipeka.evaluasi.EvaluasiData.BuktiData;
import id.sipeka.evaluasi.EvaluasiData.UbahLaporanBaris;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * Tests only: a fresh {@link KecamatanSeed003} whose Seksi Pemerintahan Umum reports a quarter with evidence on a row
 * (a PDF and a PNG, and a third file it deletes again before submitting), which the sekcam verifies and the camat
 * signs — for the archive tests here and the archive screen's test (hence public).
 */
@Component
public class PenyiapBukti {

    /** Seed 003's kecamatan, the signed report, and the evidence still attached when it was submitted. */
    public record LaporanBerbukti(KecamatanSeed003 kecamatan, long laporanId, String arsipKode, List<BuktiData> bukti,
            List<byte[]> isi) {
    }

    /** A one-page PDF as far as the upload's check is concerned: its first bytes say PDF. */
    public static final byte[] PDF = "%PDF-1.7\n% daftar hadir asistensi APBDes\n%%EOF\n".getBytes();
    /** The PNG signature and an IHDR start: what the upload's check reads. */
    public static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 'I', 'H', 'D', 'R', 7};

    private final PenyiapSeed003 seed003;
    private final EvaluasiQueryService evaluasi;
    private final PembukaanEvaluasiService pembukaan;
    private final PengisianLaporanService pengisian;
    private final PemeriksaanEvaluasiService pemeriksaan;
    private final UserDetailsService users;

    PenyiapBukti(PenyiapSeed003 seed003, EvaluasiQueryService evaluasi, PembukaanEvaluasiService pembukaan,
            PengisianLaporanService pengisian, PemeriksaanEvaluasiService pemeriksaan, UserDetailsService users) {
        this.seed003 = seed003;
        this.evaluasi = evaluasi;
        this.pembukaan = pembukaan;
        this.pengisian = pengisian;
        this.pemeriksaan = pemeriksaan;
        this.users = users;
    }

    public LaporanBerbukti laporanDitandatangani() {
        KecamatanSeed003 k = seed003.siapkan();
        Masuk.sebagai(users, k.sekcam());
        long evaluasiId = pembukaan.mulai(k.kecamatanId(), 2026, 1).id();
        long laporanId = evaluasi.laporanId(evaluasiId, k.pem()).orElseThrow();

        Masuk.sebagai(users, k.kasi());
        isi(laporanId, KecamatanSeed003.FORUM, 3, 4_453_500L);
        isi(laporanId, KecamatanSeed003.PERDES, 7, 369_500L);
        long perdes = baris(laporanId, KecamatanSeed003.PERDES).id();
        List<BuktiData> bukti = new ArrayList<>();
        bukti.add(pengisian.unggahBukti(perdes, "daftar-hadir.pdf", PDF));
        // a photo whose name lost its extension: the archive names it by what it is
        bukti.add(pengisian.unggahBukti(perdes, "foto asistensi", PNG));
        BuktiData salah = pengisian.unggahBukti(baris(laporanId, KecamatanSeed003.FORUM).id(), "salah-unggah.pdf",
                "%PDF-1.4\n% keliru\n".getBytes());
        pengisian.hapusBukti(salah.id());
        pengisian.ajukan(laporanId);

        Masuk.sebagai(users, k.sekcam());
        pemeriksaan.verifikasi(laporanId);
        Masuk.sebagai(users, k.camat());
        pemeriksaan.tandaTangani(laporanId, "Kalaena Kiri", LocalDate.of(2026, 4, 8));
        String arsipKode = evaluasi.laporan(laporanId).arsipKode();
        Masuk.keluar();
        return new LaporanBerbukti(k, laporanId, arsipKode, List.copyOf(bukti), List.of(PDF, PNG));
    }

    private void isi(long laporanId, String kode, int realisasi, long rp) {
        BarisLaporan b = baris(laporanId, kode);
        pengisian.simpanBaris(new UbahLaporanBaris(b.id(), b.version(), BigDecimal.valueOf(realisasi), rp,
                "Tidak ada kendala berarti", "Dilanjutkan triwulan berikutnya", null));
    }

    private BarisLaporan baris(long laporanId, String kode) {
        return evaluasi.laporan(laporanId).baris().stream().filter(b -> b.kode().equals(kode)).findFirst().orElseThrow();
    }
}
