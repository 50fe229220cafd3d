package id.sipeka.renja;

import java.time.Instant;
import java.util.List;

/** What the take-over of a Renstra Perubahan into an open Renja hands out ({@link AmbilPerubahanRenstraService}). */
public final class PerubahanRenstraRenja {

    private PerubahanRenstraRenja() {
    }

    /**
     * A newer version of the Renstra the Renja was built on is in force: the sekcam may take it over.
     *
     * @param perubahanKeLama the version the Renja is built on (0 = the original Renstra)
     * @param perubahanKe the version in force
     */
    public record Tersedia(long renstraId, int perubahanKeLama, int perubahanKe, String dasar, Instant dibuatPada) {
    }

    public enum Jenis {
        DITAMBAH, DIHAPUS, DIUBAH
    }

    /**
     * One row of the Renja the take-over changes.
     *
     * @param rincian for a changed row what changes, and which values stay because the unit typed them
     */
    public record BarisBerubah(Jenis jenis, String kode, String nama, String unitNama, String rincian) {
    }

    /** What taking over the version in force would change in the Renja; nothing is stored. */
    public record Pratinjau(Tersedia tersedia, List<BarisBerubah> baris) {

        public long jumlah(Jenis jenis) {
            return baris.stream().filter(b -> b.jenis() == jenis).count();
        }
    }
}
