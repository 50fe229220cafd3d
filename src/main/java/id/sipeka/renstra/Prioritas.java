package id.sipeka.renstra;

/**
 * How urgent an Aktivitas is, as the kabupaten's planners rank them: three plain words rather than a number, so a
 * file and a document read the same ("TINGGI" needs no legend, "1" does).
 */
public enum Prioritas {
    TINGGI, SEDANG, RENDAH
}
