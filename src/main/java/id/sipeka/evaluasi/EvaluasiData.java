package id.sipeka.evaluasi;

import id.sipeka.base.FormatIndonesia;
import id.sipeka.renja.RenjaData.TahapRenja;
import id.sipeka.renstra.JenisIndikator;
import id.sipeka.renstra.Polaritas;
import id.sipeka.renstra.Tingkat;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** What the evaluasi module hands out and takes in. Capaian values are unrounded; screens and documents round them. */
public final class EvaluasiData {

    private EvaluasiData() {
    }

    // ---- rencana aksi and perjanjian kinerja ----

    /**
     * One sub kegiatan's quarterly split; {@code target} and {@code rp} hold TW I–IV (index 0 = TW I) of the first
     * indicator, {@code indikatorLain} the quarterly targets of its second, third, … indicator.
     */
    public record BarisRencanaAksi(long id, String kode, String nama, long unitKerjaId, String indikator, String satuan,
            JenisIndikator jenis, BigDecimal targetTahunan, Long anggaran, List<BigDecimal> target, List<Long> rp,
            long version, List<IndikatorRencanaAksi> indikatorLain) {

        /** A row of a sub kegiatan with one indicator. */
        public BarisRencanaAksi(long id, String kode, String nama, long unitKerjaId, String indikator, String satuan,
                JenisIndikator jenis, BigDecimal targetTahunan, Long anggaran, List<BigDecimal> target, List<Long> rp,
                long version) {
            this(id, kode, nama, unitKerjaId, indikator, satuan, jenis, targetTahunan, anggaran, target, rp, version, List.of());
        }

        public long jumlahRp() {
            return Capaian.jumlah(rp);
        }
    }

    /** A further indicator of a rencana aksi row: its annual target and its targets of TW I–IV (index 0 = TW I). */
    public record IndikatorRencanaAksi(int urutan, String indikator, String satuan, JenisIndikator jenis,
            BigDecimal targetTahunan, List<BigDecimal> target) {
    }

    /**
     * @param targetLain the quarterly targets (TW I–IV) of further indicators by their urutan (2, 3, …); an indicator
     *                   not named keeps the targets it has
     */
    public record UbahRencanaAksi(long id, long version, List<BigDecimal> target, List<Long> rp,
            Map<Integer, List<BigDecimal>> targetLain) {

        /** Only the first indicator's quarters and the money. */
        public UbahRencanaAksi(long id, long version, List<BigDecimal> target, List<Long> rp) {
            this(id, version, target, rp, Map.of());
        }
    }

    /** A unit's rencana aksi as a whole, with the warnings its numbers raise (never blocking). */
    public record RencanaAksiUnitData(long unitKerjaId, String unitNama, StatusRencanaAksi status, String alasan,
            List<String> peringatan) {
    }

    /** @param indikatorLain the sub kegiatan's further indicators with their targets of the year (the Renstra's) */
    public record BarisPk(String kegiatan, String kode, String subKegiatan, String indikator, BigDecimal target,
            String satuan, Long anggaran, String sumberDana, List<IndikatorTarget> indikatorLain) {
    }

    /** An indicator with its target of a year, in its own satuan. */
    public record IndikatorTarget(String indikator, BigDecimal target, String satuan) {
    }

    /** The perjanjian kinerja of a unit head for the Renja's year, derived from the Renja's rows of the unit. */
    public record PerjanjianKinerjaData(long renjaId, int tahun, long unitKerjaId, String unitNama, String pihakPertama,
            String jabatan, List<BarisPk> baris, long jumlahAnggaran, Instant dikonfirmasiPada, String dikonfirmasiOleh) {
    }

    // ---- quarters and reports ----

    public record EvaluasiRingkas(long id, long kecamatanId, long renjaId, int tahun, int triwulan, StatusEvaluasi status,
            LocalDate batas, String rekapTempat, LocalDate rekapTanggal, String rekapNama, String rekapJabatan,
            String rekapArsipKode, String tahunanArsipKode, long version) {

        public String judul() {
            return "Evaluasi TW " + FormatIndonesia.triwulan(triwulan) + " " + tahun;
        }
    }

    public record KegiatanData(Long id, LocalDate tanggal, String desa, String uraian) {
    }

    public record BuktiData(long id, String nama, String jenis, long ukuran, String sha256) {
    }

    public record Berkas(String nama, String jenis, byte[] isi) {
    }

    /**
     * One sub kegiatan of a unit's report with everything computed: the quarter against its rencana aksi target and
     * the year so far against the annual target (kinerja), and the same for money.
     * <p>
     * {@code capaianTw}, {@code capaianSd} and {@code predikat} are the row's: the mean over its indicators (see
     * {@link HitungLaporan#capaianBaris}); the averages, the recap and the documents read them. {@code targetTw},
     * {@code realisasiTw} and {@code capaianTwIndikator} / {@code capaianSdIndikator} are the first indicator's own
     * (equal to the row's when it has no further indicator).
     */
    public record BarisLaporan(long id, String kode, String nama, String kegiatanKode, String kegiatanNama,
            String indikator, String satuan, JenisIndikator jenis, Polaritas polaritas, BigDecimal targetTahunan,
            Long anggaran, BigDecimal targetTw, BigDecimal realisasiTw, BigDecimal capaianTw, BigDecimal realisasiSd,
            BigDecimal capaianSd, Long targetRpTw, Long realisasiRpTw, BigDecimal capaianRpTw, Long realisasiRpSd,
            BigDecimal capaianRpSd, String predikat, boolean melebihiAnggaran, String catatanKeuangan, String kendala,
            String tindakLanjut, String alasanKembali, List<KegiatanData> kegiatan, List<BuktiData> bukti,
            long version, List<IndikatorLainLaporan> indikatorLain, BigDecimal capaianTwIndikator,
            BigDecimal capaianSdIndikator) {
    }

    /**
     * A sub kegiatan's second, third, … indicator in a report: the quarter's target (from the rencana aksi) with its
     * realisasi and capaian, the year so far by the indicator's kind and its capaian against the year's target from
     * the Renstra. Each counts in the row's capaian (the mean over the row's indicators).
     */
    public record IndikatorLainLaporan(int urutan, String indikator, String satuan, JenisIndikator jenis,
            Polaritas polaritas, BigDecimal targetTahunan, BigDecimal targetTw, BigDecimal realisasiTw,
            BigDecimal capaianTw, BigDecimal realisasiSd, BigDecimal capaianSd) {
    }

    /** Averages of a report or of a unit: mean capaian kinerja and capaian keuangan as the ratio of sums. */
    public record Ringkasan(BigDecimal rataKinerja, String predikatKinerja, BigDecimal capaianKeuangan,
            String predikatKeuangan, long targetRp, long realisasiRp, long anggaran) {
    }

    public record LaporanData(long id, long evaluasiId, long kecamatanId, int tahun, int triwulan, long unitKerjaId,
            String unitNama, StatusLaporan status, String alasan, boolean terlambat, LocalDate batas,
            Instant diajukanPada, String pengajuNama, String pengajuJabatan, String verifikatorNama,
            String verifikatorJabatan, Instant ditandatanganiPada, String penandatanganNama,
            String penandatanganJabatan, String tempat, LocalDate tanggal, String skala, List<BarisLaporan> baris,
            Ringkasan ringkasan, String arsipKode, long version) {
    }

    /** @param realisasiLain the quarter's realisasi of the sub kegiatan's further indicators, by their urutan (2, 3, …) */
    public record UbahLaporanBaris(long id, long version, BigDecimal realisasiKinerja, Long realisasiRp,
            String kendala, String tindakLanjut, String catatanKeuangan, Map<Integer, BigDecimal> realisasiLain) {

        /** A row of a sub kegiatan with one indicator. */
        public UbahLaporanBaris(long id, long version, BigDecimal realisasiKinerja, Long realisasiRp, String kendala,
                String tindakLanjut, String catatanKeuangan) {
            this(id, version, realisasiKinerja, realisasiRp, kendala, tindakLanjut, catatanKeuangan, Map.of());
        }
    }

    /** One cell of the completeness matrix (unit × TW): absent when the quarter has not started. */
    public record SelMatriks(long laporanId, StatusLaporan status, boolean terlambat, int barisTerisi, int jumlahBaris) {
    }

    public record BarisMatriks(long unitKerjaId, String unitNama, Map<Integer, SelMatriks> triwulan) {
    }

    // ---- recap ----

    /**
     * One line of the recap (Permendagri 86/2017 evaluation of Renja results): a sub kegiatan, or a kegiatan or
     * program computed from its children. For kegiatan and program, target/realisasi kinerja are empty (their
     * children's satuan differ) and capaian kinerja is the mean of the children's.
     */
    /** One recap line; {@code tingkat} is {@code null} on the kecamatan's JUMLAH line. */
    public record BarisRekap(Tingkat tingkat, String kode, String nama, String unitNama, String indikator,
            String satuan, BigDecimal target, Long anggaran, List<BigDecimal> realisasiTw, List<Long> realisasiRpTw,
            BigDecimal realisasiKumulatif, long realisasiRpKumulatif, BigDecimal capaianKinerja,
            BigDecimal capaianKeuangan, String predikat) {
    }

    /** Per unit per quarter: the averages of its signed report (TW index 1..4; absent when not signed). */
    public record RekapUnit(long unitKerjaId, String unitNama, Map<Integer, Ringkasan> triwulan) {
    }

    /**
     * @param jumlah the kecamatan's line: money summed over all sub kegiatan (keuangan = ratio of the sums), kinerja
     *               the mean of every sub kegiatan's capaian, as a unit's average; {@code null} without rows
     */
    public record Rekap(long kecamatanId, int tahun, int sampaiTriwulan, String skala, List<BarisRekap> baris,
            BarisRekap jumlah, List<RekapUnit> unit) {
    }

    /**
     * One row of "evaluasi tahun N" (stored at the TW IV recap): the first indicator's target, realisasi and capaian,
     * each further indicator's in {@code indikatorLain}, and the row's capaian {@code capaianBaris} (their mean).
     */
    public record BarisEvaluasiTahunan(String kode, String nama, long unitKerjaId, String indikator, String satuan,
            Polaritas polaritas, JenisIndikator jenis, BigDecimal target, BigDecimal realisasi, BigDecimal capaian,
            Long anggaran, Long realisasiRp, BigDecimal capaianKeuangan, List<IndikatorTahunan> indikatorLain,
            BigDecimal capaianBaris) {
    }

    /** A further indicator's year in "evaluasi tahun N": target of the year, realisasi by its kind, capaian. */
    public record IndikatorTahunan(int urutan, String indikator, String satuan, Polaritas polaritas, JenisIndikator jenis,
            BigDecimal target, BigDecimal realisasi, BigDecimal capaian) {
    }

    // ---- the kabupaten's dashboard ----

    /**
     * One kecamatan's quarter on the kabupaten's dashboard: how many unit reports there are, how many are complete
     * (submitted: waiting for the sekcam, verified or signed), late (by the completeness matrix's rule) and signed;
     * and the quarter's capaian exactly as the recap's chart per TW shows it (signed reports only; null = "–").
     */
    public record SelDasbor(long evaluasiId, StatusEvaluasi status, int laporan, int lengkap, int terlambat,
            int ditandatangani, BigDecimal capaianKinerja, String predikatKinerja, BigDecimal capaianKeuangan,
            String predikatKeuangan) {
    }

    /**
     * One kecamatan of the dashboard: TW I–IV (absent = not started), the year so far — the recap's JUMLAH line up to
     * the latest started quarter {@code sampaiTriwulan} (0 = none) — with its rank ({@code null} without a capaian),
     * the recap to drill down to ({@code evaluasiIdRekap}, that quarter's), and its Renja of year N and N+1 (null
     * when none is opened).
     */
    public record BarisDasbor(long kecamatanId, String kecamatanNama, Integer peringkat, int sampaiTriwulan,
            Long evaluasiIdRekap, Map<Integer, SelDasbor> triwulan, BigDecimal capaianKinerja, String predikatKinerja,
            BigDecimal capaianKeuangan, String predikatKeuangan, TahapRenja renja, TahapRenja renjaBerikut) {
    }

    /** Every kecamatan of a kabupaten in year N, ranked by capaian kinerja (then keuangan), unranked ones last by name. */
    public record DasborKabupaten(long kabupatenId, String kabupatenNama, int tahun, String skala, List<BarisDasbor> baris) {
    }
}
