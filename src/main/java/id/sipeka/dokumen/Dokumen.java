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
 * @param pengantar front matter between the cover and the contents, e.g. the Kata Pengantar; unnumbered chapters
 * @param bab the chapters in order
 * @param daftarIsi print the contents and the list of tables (a two-page berita acara has none)
 * @param draf print the "DRAF" watermark
 */
public record Dokumen(String judul, Metadata metadata, Sampul sampul, List<Bab> pengantar, List<Bab> bab,
        boolean daftarIsi, boolean draf) {

    public Dokumen {
        Objects.requireNonNull(judul, "judul");
        Objects.requireNonNull(metadata, "metadata");
        pengantar = List.copyOf(pengantar);
        bab = List.copyOf(bab);
    }

    /** A document with contents and without front matter. */
    public Dokumen(String judul, Metadata metadata, Sampul sampul, List<Bab> bab, boolean draf) {
        this(judul, metadata, sampul, List.of(), bab, true, draf);
    }

    /** All tables in reading order (list of tables, XLSX export). */
    public List<Tabel> tabel() {
        return blok().filter(Tabel.class::isInstance).map(Tabel.class::cast).toList();
    }

    /**
     * The signature blocks in reading order (both of a {@link TandaTanganBersama}, its left one first); a final document
     * of {@link DokumenService#terbitkan} needs exactly one signer.
     */
    public List<TandaTangan> tandaTangan() {
        return blok().<TandaTangan>mapMulti((b, hasil) -> {
            if (b instanceof TandaTangan t) {
                hasil.accept(t);
            } else if (b instanceof TandaTanganBersama d) {
                hasil.accept(d.kiri());
                hasil.accept(d.kanan());
            }
        }).toList();
    }

    /** The side-by-side signature blocks of a document signed by two officials in order. */
    public List<TandaTanganBersama> tandaTanganBersama() {
        return blok().filter(TandaTanganBersama.class::isInstance).map(TandaTanganBersama.class::cast).toList();
    }

    /** Front matter and chapters in reading order. */
    public List<Bab> semuaBab() {
        return Stream.concat(pengantar.stream(), bab.stream()).toList();
    }

    private Stream<Blok> blok() {
        return semuaBab().stream().flatMap(b -> b.bagian().stream()).flatMap(s -> s.blok().stream());
    }

    /** The same document as a draft or as final. */
    public Dokumen sebagaiDraf(boolean draf) {
        return new Dokumen(judul, metadata, sampul, pengantar, bab, daftarIsi, draf);
    }
}
