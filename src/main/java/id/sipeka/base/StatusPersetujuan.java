package id.sipeka.base;

/**
 * Where a unit's piece of work stands with the one who approves it: being filled (again after a return), submitted,
 * returned with a reason, or approved. Shared by a Renja section, a unit's rencana aksi and a laporan evaluasi.
 */
public enum StatusPersetujuan {
    DIISI, DIAJUKAN, DIKEMBALIKAN, DISETUJUI
}
