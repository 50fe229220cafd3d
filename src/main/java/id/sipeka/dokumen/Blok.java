package id.sipeka.dokumen;

/** What a section is made of. Every renderer handles each kind; user text is always printed as text, never markup. */
public sealed interface Blok permits Paragraf, Tabel, Gambar, TandaTangan, TandaTanganBersama {
}
