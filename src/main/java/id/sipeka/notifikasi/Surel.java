package id.sipeka.notifikasi;

/** An e-mail's subject and its two bodies (plain text and HTML), in Indonesian. */
record Surel(String judul, String teks, String html) {
}
