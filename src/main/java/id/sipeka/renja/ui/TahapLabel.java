package id.sipeka.renja.ui;

import id.sipeka.renja.Tahap;

/** How the stages of a Renja read in Indonesian. */
final class TahapLabel {

    private TahapLabel() {
    }

    static String dari(Tahap tahap) {
        return switch (tahap) {
            case PENYUSUNAN -> "Penyusunan bagian";
            case FORUM -> "Rancangan – forum perangkat daerah";
            case REVISI -> "Revisi hasil forum";
            case RANCANGAN_AKHIR -> "Rancangan akhir";
            case PENETAPAN -> "Menunggu penetapan camat";
            case DITETAPKAN -> "Ditetapkan";
        };
    }
}
