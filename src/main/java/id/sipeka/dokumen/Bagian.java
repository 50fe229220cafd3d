package id.sipeka.dokumen;

import java.util.List;

/**
 * A section of a chapter ("1.1 Latar Belakang") and its blocks. {@code nomor} and {@code judul} may be empty for
 * the untitled opening of a chapter.
 */
public record Bagian(String nomor, String judul, List<Blok> blok) {

    public Bagian {
        nomor = nomor == null ? "" : nomor;
        judul = judul == null ? "" : judul;
        blok = List.copyOf(blok);
    }

    public static Bagian of(String nomor, String judul, Blok... blok) {
        return new Bagian(nomor, judul, List.of(blok));
    }

    public String label() {
        return (nomor + " " + judul).strip();
    }
}
