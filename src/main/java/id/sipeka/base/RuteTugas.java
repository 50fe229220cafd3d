package id.sipeka.base;

/**
 * The screen a process task opens: its BPMN formKey with the business key (our document's id) inserted after the
 * first segment, e.g. "renja/bagian" + 12 → "renja/12/bagian", "evaluasi/laporan" + 7 → "evaluasi/7/laporan".
 */
public final class RuteTugas {

    private RuteTugas() {
    }

    public static String dari(String formKey, String kunciBisnis) {
        if (formKey == null || kunciBisnis == null) {
            return null;
        }
        int garis = formKey.indexOf('/');
        return garis < 0 ? formKey + "/" + kunciBisnis
                : formKey.substring(0, garis) + "/" + kunciBisnis + formKey.substring(garis);
    }
}
