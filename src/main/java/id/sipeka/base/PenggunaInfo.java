package id.sipeka.base;

/**
 * What the app shell shows about the signed-in user. Implemented by the security module so that the shell does
 * not depend on it.
 */
public interface PenggunaInfo {

    /** Name, jabatan (with Plt./Plh. when acting), unit and kecamatan of the current user. */
    Ringkasan ringkasan();

    record Ringkasan(String nama, String jabatan, String unit, String kecamatan) {
    }
}
