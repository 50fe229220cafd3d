package id.sipeka.dokumen;

import java.util.Objects;

/**
 * A picture, e.g. a chart drawn on the server: a PNG without transparency (PDF/A-2b accepts it as it is), printed
 * at the width of the text with its caption ("Gambar 2.1 Capaian per unit") below it.
 *
 * @param nomor e.g. "Gambar 2.1", may be empty
 * @param png the image, opaque RGB
 * @param lebarPx width of the image in pixels, used with {@code tinggiPx} to keep its proportions
 * @param teksAlternatif what the picture says in words (every value), for readers who cannot see it
 */
public record Gambar(String nomor, String judul, byte[] png, int lebarPx, int tinggiPx, String teksAlternatif)
        implements Blok {

    public Gambar {
        nomor = nomor == null ? "" : nomor;
        judul = judul == null ? "" : judul;
        Objects.requireNonNull(png, "png");
        teksAlternatif = teksAlternatif == null ? "" : teksAlternatif;
        if (lebarPx <= 0 || tinggiPx <= 0) {
            throw new IllegalArgumentException("Ukuran gambar tidak sah: " + lebarPx + "×" + tinggiPx);
        }
    }

    /** "Gambar 2.1 Capaian per unit" as printed under the picture. */
    public String label() {
        return (nomor + " " + judul).strip();
    }
}
