package id.sipeka.kalender;

/** A national holiday (Keppres on hari libur) or a cuti bersama day (the yearly SKB 3 Menteri). */
public enum JenisLibur {
    LIBUR_NASIONAL, CUTI_BERSAMA
}
