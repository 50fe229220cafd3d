package id.sipeka.evaluasi;

/** The narrative parts of the LKjIP, one per bab of the PermenPAN-RB 53/2014 outline. */
public enum BagianLkjip {
    PENDAHULUAN, PERENCANAAN, AKUNTABILITAS, PENUTUP
}
