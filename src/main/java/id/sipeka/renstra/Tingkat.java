package id.sipeka.renstra;

/** Level in the nomenclature (Kepmendagri 050-5889/2021) and in the performance framework. */
public enum Tingkat {
    PROGRAM, KEGIATAN, SUB_KEGIATAN, TUJUAN, SASARAN
}
