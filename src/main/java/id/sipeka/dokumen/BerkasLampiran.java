package id.sipeka.dokumen;

/** An archived attachment handed to a reader who may see it; its bytes were checked against the stored SHA-256. */
public record BerkasLampiran(LampiranDokumen lampiran, byte[] isi) {
}
