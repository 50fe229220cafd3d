package id.sipeka.renja.ui;

import com.vaadin.flow.component.Component;
import id.sipeka.renja.Tahap;

/** How the stages of a Renja read in Indonesian (translation keys {@code renjaView.tahap.*}). */
final class TahapLabel {

    private TahapLabel() {
    }

    /** The label of the stage, read through the translation bundle of the screen that shows it. */
    static String dari(Component layar, Tahap tahap) {
        // The switch keeps the compiler checking that every stage has a label.
        return layar.getTranslation(switch (tahap) {
            case PENYUSUNAN -> "renjaView.tahap.PENYUSUNAN";
            case FORUM -> "renjaView.tahap.FORUM";
            case REVISI -> "renjaView.tahap.REVISI";
            case RANCANGAN_AKHIR -> "renjaView.tahap.RANCANGAN_AKHIR";
            case PENETAPAN -> "renjaView.tahap.PENETAPAN";
            case DITETAPKAN -> "renjaView.tahap.DITETAPKAN";
        });
    }
}
