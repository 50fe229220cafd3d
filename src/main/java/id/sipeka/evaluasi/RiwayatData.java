package id.sipeka.evaluasi;

import id.sipeka.evaluasi.EvaluasiData.Rekap;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** The records of a historical year's realisasi (see {@link RiwayatRealisasiService}). */
public final class RiwayatData {

    private RiwayatData() {
    }

    /**
     * A year of the Renstra period as history: its sub kegiatan with the Renstra's target and pagu of the year and
     * the realisasi recorded, the roll-up computed from them (null while nothing is recorded), who recorded it, and
     * why it may not be changed (null when the admin may).
     */
    public record RiwayatTahun(long kecamatanId, int tahun, String periode, List<BarisRiwayat> baris, Rekap rekap,
            String dicatatOleh, Instant dicatatPada, long version, String halangan) {

        public boolean bolehDiubah() {
            return halangan == null;
        }
    }

    public record BarisRiwayat(String kode, String nama, String unitNama, String indikator, String satuan,
            BigDecimal target, Long pagu, BigDecimal realisasi, Long realisasiRp) {
    }

    /** What the admin types (or imports) for one sub kegiatan; both values may be left empty. */
    public record IsianRiwayat(String kode, BigDecimal realisasi, Long realisasiRp) {
    }
}
