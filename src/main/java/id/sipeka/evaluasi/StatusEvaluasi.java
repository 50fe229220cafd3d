package id.sipeka.evaluasi;

/** A quarter's evaluation: units reporting, the recap waiting for the camat, or signed and closed. */
public enum StatusEvaluasi {
    BERJALAN, REKAP, SELESAI
}
