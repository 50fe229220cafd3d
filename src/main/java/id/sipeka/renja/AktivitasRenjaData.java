package id.sipeka.renja;

import id.sipeka.renstra.Prioritas;
import java.math.BigDecimal;

/** What the Renja module hands out and takes in about a row's Aktivitas (issue 13). */
public final class AktivitasRenjaData {

    private AktivitasRenjaData() {
    }

    public record AktivitasRenja(long id, long renjaBarisId, String kode, String nama, BigDecimal volume, String satuan,
            Prioritas prioritas, Long pagu, String lokasi, long version) {
    }

    /**
     * An edit of one Aktivitas of row {@code renjaBarisId}; {@code id == null} adds one (its code is the row's code and the
     * next number). {@code version} is the Aktivitas' version (ignored when adding).
     */
    public record UbahAktivitas(Long id, long renjaBarisId, long version, String nama, BigDecimal volume, String satuan,
            Prioritas prioritas, Long pagu, String lokasi) {
    }
}
