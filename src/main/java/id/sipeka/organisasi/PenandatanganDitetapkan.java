package id.sipeka.organisasi;

/**
 * An official may now sign documents: a pegawai with a NIP has, after a committed change, an account as camat or
 * sekcam or an acting assignment (Plt./Plh.) as one of them. Published again on any later change of such a person;
 * a listener treats it as "make sure this signer is ready" (the document module issues the signing key).
 *
 * @param nip the 18-digit NIP without spaces
 * @param instansi the office as printed in the documents, e.g. "Kecamatan Kalaena"
 */
public record PenandatanganDitetapkan(long pegawaiId, long kecamatanId, String nip, String nama, String instansi) {
}
