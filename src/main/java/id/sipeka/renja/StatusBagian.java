package id.sipeka.renja;

/** A unit's section: being filled, submitted for review, returned with reasons, or approved. */
public enum StatusBagian {
    DIISI, DIAJUKAN, DIKEMBALIKAN, DISETUJUI
}
