package id.sipeka.organisasi;

/** What kind of unit kerja: the camat's office, the secretariat, a sub bagian or a seksi. */
public enum JenisUnit {
    PIMPINAN, SEKRETARIAT, SUB_BAGIAN, SEKSI
}
