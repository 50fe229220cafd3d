package id.sipeka.notifikasi;

import id.sipeka.base.LangkahSelesai;
import java.util.List;

/**
 * Sends notifications. Modules call it from their {@code @ApplicationModuleListener}s, i.e. only after the step
 * committed, so nothing is sent for a step that rolled back.
 */
public interface Pemberitahu {

    void kirim(Pemberitahuan pemberitahuan);

    /**
     * A step moved a document on: what was waiting on it (notifications with the step's {@code subjek}) is done, and
     * {@code berikutnya} is sent to whoever acts next — in that order and in one transaction, so the new message is
     * never taken for an old one.
     */
    void langkahSelesai(LangkahSelesai langkah, List<Pemberitahuan> berikutnya);
}
