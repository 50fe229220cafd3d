package id.sipeka.notifikasi;

/** Sends a notification. The in-app implementation stores it; other channels (e-mail) can be added later. */
public interface Pemberitahu {

    void kirim(Pemberitahuan pemberitahuan);
}
