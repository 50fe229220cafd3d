package id.sipeka.dokumen;

import java.util.Objects;

/**
 * Two signature blocks side by side under one place and date, as in the format of a Perjanjian Kinerja
 * (PermenPAN-RB 53/2014): the countersigner on the left, the first signer on the right. The right block is signed
 * first; its place and date are the ones printed. Such a document is issued by {@link NaskahBerurutanService}, never
 * by {@link DokumenService#terbitkan} (which wants exactly one signer).
 *
 * @param labelKiri the left block's role, e.g. "PIHAK KEDUA,"
 * @param kiri the second signer (countersigns)
 * @param labelKanan the right block's role, e.g. "PIHAK PERTAMA,"
 * @param kanan the first signer
 */
public record TandaTanganBersama(String labelKiri, TandaTangan kiri, String labelKanan, TandaTangan kanan)
        implements Blok {

    public TandaTanganBersama {
        Objects.requireNonNull(labelKiri, "labelKiri");
        Objects.requireNonNull(kiri, "kiri");
        Objects.requireNonNull(labelKanan, "labelKanan");
        Objects.requireNonNull(kanan, "kanan");
    }
}
