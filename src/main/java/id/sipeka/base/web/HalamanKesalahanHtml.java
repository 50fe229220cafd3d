package id.sipeka.base.web;

import id.sipeka.base.Pesan;
import org.springframework.web.util.HtmlUtils;

/** The Indonesian error page a browser gets outside the Vaadin screens: plain HTML, no script, a link to Beranda. */
final class HalamanKesalahanHtml {

    private HalamanKesalahanHtml() {
    }

    static String untuk(int status, String kode, String beranda) {
        String judul;
        String teks;
        if (status == 404) {
            judul = Pesan.get("kesalahan.tidakDitemukan.judul");
            teks = Pesan.get("kesalahan.tidakDitemukan.teks");
        } else if (status == 401 || status == 403) {
            judul = Pesan.get("kesalahan.tidakDiizinkan.judul");
            teks = Pesan.get("kesalahan.tidakDiizinkan.teks");
        } else if (status >= 500) {
            judul = Pesan.get("kesalahan.takTerduga.judul");
            teks = Pesan.get("kesalahan.takTerduga.teks");
        } else {
            judul = Pesan.get("kesalahan.permintaan.judul");
            teks = Pesan.get("kesalahan.permintaan.teks");
        }
        String baris = status >= 500
                ? "<p>" + e(Pesan.get("kesalahan.kode")) + " <strong>" + e(kode) + "</strong></p>\n" : "";
        return """
                <!doctype html>
                <html lang="id">
                <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
                <title>%s – SIPEKA</title>
                <style>body{font-family:system-ui,sans-serif;color:#1a2533;max-width:40em;margin:3em auto;padding:0 1em;line-height:1.5}
                a{color:#1676f3}</style></head>
                <body>
                <h1>%s</h1>
                <p>%s</p>
                %s<p><a id="ke-beranda" href="%s">%s</a></p>
                </body>
                </html>
                """.formatted(e(judul), e(judul), e(teks), baris, e(beranda), e(Pesan.get("kesalahan.keBeranda")));
    }

    private static String e(String teks) {
        return HtmlUtils.htmlEscape(teks);
    }
}
