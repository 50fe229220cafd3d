package id.sipeka.dokumen;

/** An archived file handed to a reader who may see it; its bytes were checked against the stored SHA-256. */
public record BerkasArsip(ArsipDokumen arsip, byte[] isi) {
}
