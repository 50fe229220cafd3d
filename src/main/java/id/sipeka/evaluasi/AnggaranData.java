package id.sipeka.evaluasi;

import java.math.BigDecimal;
import java.util.List;

/** The budget lines of a kecamatan's year as the service hands them out and takes them in. */
public final class AnggaranData {

    /** The {@code version} of a line that is not stored yet. */
    public static final long BELUM_DISIMPAN = -1;

    private AnggaranData() {
    }

    /**
     * One line as read. {@code persen} is the unrounded realisasi % ({@link Capaian#keuangan}), rounded only when shown;
     * {@code null} when it cannot be computed (no anggaran, anggaran 0, realisasi empty).
     */
    public record BarisAnggaran(JenisAnggaran jenis, Long anggaran, Long realisasi, BigDecimal persen, long version) {
    }

    /**
     * Total belanja: the sum of the three belanja lines, computed, never stored. Its realisasi is empty (and there is
     * no %) while a belanja line that has an anggaran has no realisasi yet, so a partly entered year never shows a
     * falsely low percentage.
     */
    public record JumlahAnggaran(Long anggaran, Long realisasi, BigDecimal persen) {
    }

    /** A kecamatan's year: the four lines in table order, the total belanja, and whether the reader may change it. */
    public record AnggaranTahun(long kecamatanId, int tahun, List<BarisAnggaran> baris, JumlahAnggaran totalBelanja,
            boolean bolehUbah) {
    }

    /**
     * One line as typed. Anggaran and realisasi both empty: the line is not kept (a stored one is removed).
     *
     * @param version the {@link BarisAnggaran#version()} that was read ({@link #BELUM_DISIMPAN} for a new line)
     */
    public record IsiAnggaran(JenisAnggaran jenis, Long anggaran, Long realisasi, long version) {
    }
}
