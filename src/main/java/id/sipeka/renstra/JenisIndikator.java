package id.sipeka.renstra;

/**
 * How quarterly values make the year: JUMLAH (count per period: the year is the sum of the quarters), TINGKAT
 * (a level such as % or an index: the year is the last quarter) and KUMULATIF (each quarter reports the value so far).
 */
public enum JenisIndikator {
    JUMLAH, TINGKAT, KUMULATIF
}
