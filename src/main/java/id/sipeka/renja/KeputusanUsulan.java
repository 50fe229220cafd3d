package id.sipeka.renja;

/** The forum's decision on an usulan. Only DITERIMA creates revision work. */
public enum KeputusanUsulan {
    DITERIMA, DITOLAK, DIPERTIMBANGKAN
}
