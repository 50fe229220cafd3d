package id.sipeka.dokumen;

import java.time.Instant;

/**
 * A document signed by two officials in order, as the content modules and screens see it.
 *
 * @param kode the code printed in its QR code; the archive's code once countersigned
 * @param keduaPada when the second official countersigned, {@code null} while it waits for them
 */
public record NaskahBerurutanData(String kode, long kecamatanId, String judul, String nomor, String namaPertama,
        String jabatanPertama, Instant pertamaPada, String namaKedua, String jabatanKedua, Instant keduaPada) {

    public boolean lengkap() {
        return keduaPada != null;
    }
}
