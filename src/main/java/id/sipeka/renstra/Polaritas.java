package id.sipeka.renstra;

/** Whether a higher realisasi is better (most indicators) or a lower one (e.g. number of complaints). */
public enum Polaritas {
    NAIK, TURUN
}
