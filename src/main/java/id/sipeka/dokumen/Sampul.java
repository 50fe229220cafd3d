package id.sipeka.dokumen;

import java.util.List;

/**
 * The cover page: centred lines (title, subtitle, office, year), from top to bottom.
 *
 * @param baris the lines; the first is printed as the title
 */
public record Sampul(List<String> baris) {

    public Sampul {
        baris = List.copyOf(baris);
    }

    public static Sampul of(String... baris) {
        return new Sampul(List.of(baris));
    }
}
