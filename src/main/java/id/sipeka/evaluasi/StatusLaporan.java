package id.sipeka.evaluasi;

/**
 * A unit's laporan evaluasi: being filled (or again after a return), submitted to the sekcam, verified and waiting
 * for the camat, or signed by the camat (then nothing in it changes any more).
 */
public enum StatusLaporan {
    DIISI, DIKEMBALIKAN, DIAJUKAN, DIVERIFIKASI, DITANDATANGANI
}
