package id.sipeka.evaluasi;

/** A unit's rencana aksi: being drafted, submitted to the sekcam, returned with a reason, or approved. */
public enum StatusRencanaAksi {
    DRAF, DIAJUKAN, DIKEMBALIKAN, DISETUJUI
}
