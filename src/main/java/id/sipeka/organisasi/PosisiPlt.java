package id.sipeka.organisasi;

import id.sipeka.security.Peran;

/** The positions an acting official can hold, and the role each gives. */
public enum PosisiPlt {
    CAMAT(Peran.CAMAT), SEKCAM(Peran.SEKCAM), KEPALA_UNIT(Peran.KEPALA_UNIT);

    private final Peran peran;

    PosisiPlt(Peran peran) {
        this.peran = peran;
    }

    public Peran peran() {
        return peran;
    }
}
