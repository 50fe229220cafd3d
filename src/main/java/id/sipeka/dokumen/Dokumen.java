package id.sipeka.dokumen;

import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * One official document, whatever it is printed to. Drafts ({@code draf}) carry a "DRAF" watermark and are never
 * signed; a final document is signed by the person of its {@link TandaTangan} block.
 *
 * @param judul title, also the running header
 * @param metadata what the archive and the verification page show
 * @param sampul the cover page, {@code null} for none
 * @param bab the chapters in order
 * @param draf print the "DRAF" watermark
 */
public record Dokumen(String judul, Metadata metadata, Sampul sampul, List<Bab> bab, boolean draf) {

    public Dokumen {
        Objects.requireNonNull(judul, "judul");
        Objects.requireNonNull(metadata, "metadata");
        bab = List.copyOf(bab);
    }

    /** All tables in reading order (list of tables, XLSX export). */
    public List<Tabel> tabel() {
        return blok().filter(Tabel.class::isInstance).map(Tabel.class::cast).toList();
    }

    /** The signature blocks in reading order; a final document needs exactly one signer to be signed. */
    public List<TandaTangan> tandaTangan() {
        return blok().filter(TandaTangan.class::isInstance).map(TandaTangan.class::cast).toList();
    }

    private Stream<Blok> blok() {
        return bab.stream().flatMap(b -> b.bagian().stream()).flatMap(s -> s.blok().stream());
    }

    /** The same document as a draft or as final. */
    public Dokumen sebagaiDraf(boolean draf) {
        return new Dokumen(judul, metadata, sampul, bab, draf);
    }
}
