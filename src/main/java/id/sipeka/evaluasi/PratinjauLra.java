package id.sipeka.evaluasi;

import id.sipeka.renstra.MasalahImpor;
import java.util.List;

/**
 * What a budget realisation report (LRA) would fill in a quarter's reports, before anything is stored: each sub
 * kegiatan line of the file with the unit whose report it goes to, the quarter's amount (the file's own, or its
 * year-to-date figure less the signed earlier quarters) and what happens to it. The file's problems (where and why)
 * stop the whole import; a line that cannot be filled is only passed over.
 *
 * @param sidik the file's SHA-256: the import applies only the very file that was previewed
 */
public record PratinjauLra(long evaluasiId, int tahun, int triwulan, String lembar, boolean kumulatif,
        String judulRealisasi, List<BarisLra> baris, List<MasalahImpor> masalah, String sidik) {

    /** What happens to a line of the file. */
    public enum Status {
        /** The unit's report gets the amount (it may still change it before submitting). */
        DIISI,
        /** The report already holds this amount. */
        SAMA,
        /** The unit's report is submitted, verified or signed: it is not changed. */
        LAPORAN_TERKUNCI,
        /** No row of this quarter's reports has the code. */
        TIDAK_DI_RENJA,
        /** A year-to-date figure, but an earlier quarter of the row is not signed: its own amount is not known. */
        TRIWULAN_SEBELUM_BELUM_FINAL,
        /** A year-to-date figure smaller than what the signed earlier quarters already reported. */
        KURANG_DARI_SEBELUMNYA
    }

    /**
     * @param realisasiBerkas the amount as written in the file
     * @param realisasiTriwulan the quarter's amount that would be filled (null where the line is not filled)
     * @param sekarang what the unit's report holds now
     */
    public record BarisLra(int nomor, String kode, String uraian, Long unitKerjaId, String unitNama, long realisasiBerkas,
            Long realisasiTriwulan, Long sekarang, Status status) {
    }

    public long jumlah(Status status) {
        return baris.stream().filter(b -> b.status() == status).count();
    }

    public boolean bolehDiterapkan() {
        return masalah.isEmpty() && jumlah(Status.DIISI) > 0;
    }

    /** How many reports (units) would get at least one amount. */
    public long jumlahUnit() {
        return baris.stream().filter(b -> b.status() == Status.DIISI).map(BarisLra::unitKerjaId).distinct().count();
    }
}
