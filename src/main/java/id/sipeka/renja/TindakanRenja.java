package id.sipeka.renja;

/**
 * What the signed-in user may do now on a Renja or on one unit's section, as {@link RenjaQueryService#tindakan} and
 * {@link RenjaQueryService#tindakanBagian} answer it: screens enable their buttons from this and never read the
 * process's task names or recompute roles. The service methods check the same rules again when the user acts.
 */
public enum TindakanRenja {
    /** Edit the section's rows and narrative parts (a member of the unit while its task is open). */
    ISI_BAGIAN,
    /** Submit the section to the sekcam (the unit's head while its task is open). */
    AJUKAN_BAGIAN,
    /** Approve or return the section (the sekcam while the section waits for review). */
    TELAAH_BAGIAN,
    /** Record the kabupaten's rancangan awal RKPD values (the sekcam until penetapan). */
    REVIEW_RKPD,
    /** Record the forum perangkat daerah, its berita acara, and close it (the sekcam while the forum is open). */
    CATAT_FORUM,
    /** Approve the rancangan akhir (the sekcam). */
    SETUJUI_RANCANGAN_AKHIR,
    /** Sign the penetapan or return the rancangan akhir to the sekcam (the camat, also Plt./Plh.). */
    TETAPKAN,
    /** Open a Renja Perubahan of this ditetapkan Renja (the sekcam). */
    BUKA_PERUBAHAN
}
