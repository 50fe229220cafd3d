package id.sipeka.security;

/** The roles of an account. Acting assignments (Plt./Plh.) add CAMAT, SEKCAM or KEPALA_UNIT for a date range. */
public enum Peran {
    ADMIN,
    CAMAT,
    SEKCAM,
    /** Kasi or Kasubag: head of one unit kerja. */
    KEPALA_UNIT,
    /** Operator of one unit: prepares drafts for the unit head. */
    STAF,
    /** Reads every kecamatan of one kabupaten, changes nothing. */
    VIEWER_KABUPATEN;

    public static final String ADMIN_ = "ADMIN";
    public static final String CAMAT_ = "CAMAT";
    public static final String SEKCAM_ = "SEKCAM";
    public static final String KEPALA_UNIT_ = "KEPALA_UNIT";
    public static final String STAF_ = "STAF";
    public static final String VIEWER_KABUPATEN_ = "VIEWER_KABUPATEN";

    public String authority() {
        return "ROLE_" + name();
    }
}
