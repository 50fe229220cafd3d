package id.sipeka.notifikasi;

/** How a user wants to hear by e-mail: every notification at once, one summary each morning, or not at all. */
public enum CaraSurel {
    SEGERA, HARIAN, TIDAK
}
