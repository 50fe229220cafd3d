package id.sipeka.evaluasi;

/**
 * What the signed-in user may do now with a unit's report, the quarter's recap or a unit's rencana aksi. The
 * services answer it (from the user's rights and the open process task); the screens enable their buttons from the
 * answer and never work it out themselves.
 */
public enum Tindakan {
    /** Change the rows (the unit, while its report or rencana aksi is being filled or was returned). */
    ISI,
    /** Submit (the unit head, while it may be filled). */
    AJUKAN,
    /** Verify a submitted report (the sekcam). */
    VERIFIKASI,
    /** Approve a submitted rencana aksi (the sekcam). */
    SETUJUI,
    /** Return with a reason: the sekcam what was submitted, the camat a verified report. */
    KEMBALIKAN,
    /** Sign a verified report (the camat, or an acting Plt./Plh. camat). */
    TANDA_TANGAN,
    /** Sign the quarter's recap (the camat). */
    TANDA_TANGAN_REKAP
}
