package id.sipeka.renja.ui;

import com.vaadin.flow.component.Component;
import java.util.Set;

/** Indonesian labels of the timeline's actions (translation keys {@code renjaView.aksi.*}). */
final class AksiLabel {

    /** The actions that have a label; any other action is shown as recorded. */
    private static final Set<String> BERLABEL = Set.of("BUKA", "BUKA_PERUBAHAN", "BAWA_BAGIAN", "AJUKAN", "SETUJUI_BAGIAN",
            "KEMBALIKAN_BAGIAN", "SUSUN_RANCANGAN", "BERITA_ACARA", "SELESAI_FORUM", "SETUJUI_RANCANGAN_AKHIR",
            "KEMBALIKAN_KE_SEKCAM", "TETAPKAN", "AMBIL_PERUBAHAN_RENSTRA");

    private AksiLabel() {
    }

    static String dari(Component layar, String aksi) {
        return BERLABEL.contains(aksi) ? layar.getTranslation("renjaView.aksi." + aksi) : aksi;
    }
}
