package id.sipeka.inbox;

import id.sipeka.base.Pesan;
import id.sipeka.base.RuteTugas;
import java.util.List;
import java.util.Map;

/**
 * Names the document a process's tasks are about, for "Tugas Saya" ("Renja 2027", "Laporan evaluasi TW III 2026 —
 * Seksi Pelayanan Umum"). Each module that starts a process provides one bean for its process id; the inbox looks the
 * bean up by the task's process definition key, so a new process adds a bean and nothing in the inbox changes.
 */
public interface JudulTugas {

    /** The BPMN process id whose tasks this bean names, e.g. "renja". */
    String prosesKey();

    /** The process's name for the inbox's filter, in the user's language, e.g. "Renja". */
    String namaProses();

    /**
     * The document titles of a batch of this process's tasks (one call per process per inbox listing, so a bean can
     * read its documents in one query).
     *
     * @return title per {@link TugasProses#tugasId()}; a task left out is shown with the process name and key
     */
    Map<String, String> judul(List<TugasProses> tugas);

    /**
     * The screen a task opens: by default its formKey with the business key inserted ({@link RuteTugas}); a process
     * whose business key is not the id in its screen's route (a unit's rencana aksi opens its Renja's screen) says
     * so here.
     */
    default String rute(TugasProses tugas, String formKey) {
        return RuteTugas.dari(formKey, tugas.kunciBisnis());
    }

    /** "Laporan evaluasi TW III 2026 — Seksi Pelayanan Umum"; the title alone when the unit is unknown. */
    static String denganUnit(String judul, String unit) {
        return unit == null ? judul : Pesan.get("inbox.judulDenganUnit", judul, unit);
    }

    /**
     * One open task as the inbox sees it.
     *
     * @param kunciBisnis the process's business key: the id of our document (Renja, evaluasi triwulan, …)
     * @param tugasKey the BPMN user task id, e.g. "verifikasiSekcam"
     * @param variabel the variables visible at the task: the process's, overlaid by those of the enclosing
     *                 executions (e.g. {@code unitId} of a per-unit sub process)
     */
    record TugasProses(String tugasId, String tugasKey, String kunciBisnis, Map<String, Object> variabel) {

        /** The business key as our document's id; null when the process was started without a numeric one. */
        public Long kunciAngka() {
            try {
                return kunciBisnis == null ? null : Long.valueOf(kunciBisnis);
            } catch (NumberFormatException e) {
                return null;
            }
        }

        /** A whole-number variable ({@code unitId}, {@code kecamatanId}, …), or null when absent. */
        public Long angka(String nama) {
            return variabel.get(nama) instanceof Number n ? n.longValue() : null;
        }

        public String teks(String nama) {
            Object v = variabel.get(nama);
            return v == null ? null : String.valueOf(v);
        }
    }
}
