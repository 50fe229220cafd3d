package id.sipeka.renstra;

/**
 * Level in the nomenclature (Kepmendagri 050-5889/2021) and in the performance framework. {@link #AKTIVITAS} is the
 * optional 4th level under a sub kegiatan that some kabupaten plan (issue 13); it is never a {@link Nomenklatur}
 * row, see {@link AktivitasRenstra}.
 */
public enum Tingkat {
    PROGRAM, KEGIATAN, SUB_KEGIATAN, TUJUAN, SASARAN, AKTIVITAS
}
