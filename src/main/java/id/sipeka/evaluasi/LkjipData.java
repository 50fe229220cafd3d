package id.sipeka.evaluasi;

import id.sipeka.base.StatusPersetujuan;
import id.sipeka.evaluasi.AnggaranData.AnggaranTahun;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** What the LKjIP service hands out. Percentages are unrounded here; they are rounded once when shown. */
public final class LkjipData {

    private LkjipData() {
    }

    /** A sasaran of the Renstra with its indicator (IKU): the target of the year and of the end of the period. */
    public record BarisSasaran(String kode, String uraian, String indikator, String satuan, BigDecimal targetTahun,
            BigDecimal targetAkhir) {
    }

    /** A sub kegiatan's realisasi and capaian in an earlier year of the Renstra period (signed evaluations only). */
    public record RealisasiLalu(BigDecimal realisasi, BigDecimal capaian) {
    }

    /**
     * One sub kegiatan of the year's Renja (its perjanjian kinerja row) with what the signed evaluations give: target,
     * realisasi and capaian of the year; per earlier year of the period its realisasi and capaian; the Renstra's
     * end-of-period target, the realisasi up to this year and the capaian against it; the money and the efisiensi.
     */
    public record BarisKinerja(String kode, String nama, String unitNama, String indikator, String satuan,
            BigDecimal target, BigDecimal realisasi, BigDecimal capaian, String predikat,
            Map<Integer, RealisasiLalu> lalu, BigDecimal targetAkhir, BigDecimal realisasiSampaiTahun,
            BigDecimal capaianAkhir, Long anggaran, long realisasiRp, BigDecimal capaianKeuangan,
            BigDecimal efisiensi) {
    }

    /** A program or unit (or the kecamatan's JUMLAH): money summed, keuangan the ratio of the sums, kinerja the mean. */
    public record BarisAnggaranLkjip(String kode, String uraian, long anggaran, long realisasi,
            BigDecimal capaianKeuangan, BigDecimal rataKinerja, BigDecimal efisiensi) {
    }

    /**
     * Every figure of the LKjIP of year {@code tahun}.
     *
     * @param tahunLalu the earlier years of the Renstra period with signed evaluations or recorded history, in order
     * @param tahunRiwayat those of them whose realisasi was recorded as history (outside the workflow)
     * @param belanja   the kecamatan's budget lines of the year (empty lines when none were entered)
     */
    public record AngkaLkjip(long kecamatanId, int tahun, String kecamatan, String kabupaten, String periodeRenstra,
            Integer tahunAkhirRenstra, String skala, List<Integer> tahunLalu, Set<Integer> tahunRiwayat,
            List<BarisSasaran> sasaran,
            List<BarisKinerja> kinerja, List<BarisAnggaranLkjip> perProgram, List<BarisAnggaranLkjip> perUnit,
            BarisAnggaranLkjip jumlah, String predikat, AnggaranTahun belanja) {
    }

    /**
     * The LKjIP as its screen shows it: where it stands, the narratives (the sekcam's or the defaults), what the
     * signed-in user may do now, and the figures.
     *
     * @param bawaan the parts that print their default text (the sekcam has written none)
     */
    public record LkjipTampil(long kecamatanId, int tahun, StatusPersetujuan status, String alasan,
            Map<BagianLkjip, String> narasi, Map<BagianLkjip, Boolean> bawaan, boolean bolehUbah, boolean bolehAjukan,
            boolean bolehPutus, String arsipKode, AngkaLkjip angka) {
    }
}
