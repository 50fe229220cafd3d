package id.sipeka.dokumen;

import java.util.Objects;

/** Plain text typed by a user. Line breaks are kept; anything that looks like markup is printed literally. */
public record Paragraf(String teks) implements Blok {

    public Paragraf {
        Objects.requireNonNull(teks, "teks");
    }
}
