package id.sipeka.notifikasi;

import id.sipeka.base.FormatIndonesia;
import id.sipeka.base.Pesan;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.springframework.web.util.HtmlUtils;

/**
 * The Indonesian e-mails: one notification, or a morning summary of what still waits. Every text comes from the
 * bundle; the link opens the screen to act on (the user signs in first if needed).
 */
final class TemplatSurel {

    private final String alamatAplikasi;
    private final ZoneId zona;

    TemplatSurel(String alamatAplikasi, ZoneId zona) {
        this.alamatAplikasi = alamatAplikasi.endsWith("/") ? alamatAplikasi.substring(0, alamatAplikasi.length() - 1)
                : alamatAplikasi;
        this.zona = zona;
    }

    Surel satu(Notifikasi n) {
        String tautan = tautan(n.tautan);
        String teks = n.judul + "\n\n" + n.pesan + "\n\n"
                + (tautan == null ? "" : Pesan.get("surel.buka") + ": " + tautan + "\n\n") + Pesan.get("surel.penutup");
        String html = awalHtml() + "<h2 style=\"font-size:18px\">" + esc(n.judul) + "</h2><p>" + esc(n.pesan) + "</p>"
                + tombol(tautan) + akhirHtml();
        return new Surel(Pesan.get("surel.judul", n.judul), teks, html);
    }

    /** The same notification as a short WhatsApp message: title, text and the link, no HTML. */
    Surel whatsApp(Notifikasi n) {
        String tautan = tautan(n.tautan);
        String teks = "*SIPEKA* – " + n.judul + "\n" + n.pesan + (tautan == null ? "" : "\n" + Pesan.get("surel.buka") + ": " + tautan);
        return new Surel(n.judul, teks, "");
    }

    Surel ringkasan(LocalDate tanggal, List<Notifikasi> daftar) {
        String hari = FormatIndonesia.hari(tanggal) + ", " + FormatIndonesia.tanggal(tanggal);
        StringBuilder teks = new StringBuilder(Pesan.get("surel.ringkasanPembuka", hari, daftar.size())).append("\n\n");
        StringBuilder html = new StringBuilder(awalHtml()).append("<p>")
                .append(esc(Pesan.get("surel.ringkasanPembuka", hari, daftar.size()))).append("</p><ul>");
        for (Notifikasi n : daftar) {
            String tautan = tautan(n.tautan);
            teks.append("- ").append(n.judul).append(" (").append(FormatIndonesia.waktu(n.dibuatPada, zona)).append(")\n  ")
                    .append(n.pesan).append('\n');
            if (tautan != null) {
                teks.append("  ").append(tautan).append('\n');
            }
            html.append("<li style=\"margin-bottom:8px\">").append(tautan == null ? "<b>" + esc(n.judul) + "</b>"
                    : "<a href=\"" + esc(tautan) + "\"><b>" + esc(n.judul) + "</b></a>")
                    .append("<br>").append(esc(n.pesan)).append("</li>");
        }
        teks.append('\n').append(Pesan.get("surel.penutup"));
        html.append("</ul>").append(tombol(alamatAplikasi + "/tugas")).append(akhirHtml());
        return new Surel(Pesan.get("surel.ringkasanJudul", hari), teks.toString(), html.toString());
    }

    private String tautan(String rute) {
        return rute == null || rute.isBlank() ? null : alamatAplikasi + "/" + (rute.startsWith("/") ? rute.substring(1) : rute);
    }

    private static String tombol(String tautan) {
        return tautan == null ? "" : "<p><a href=\"" + esc(tautan) + "\" style=\"display:inline-block;padding:8px 16px;"
                + "background:#1676f3;color:#fff;border-radius:4px;text-decoration:none\">" + esc(Pesan.get("surel.buka"))
                + "</a></p>";
    }

    private static String awalHtml() {
        return "<!DOCTYPE html><html lang=\"id\"><head><meta charset=\"utf-8\"></head>"
                + "<body style=\"font-family:Arial,sans-serif;font-size:14px;color:#1a1a1a\">";
    }

    private static String akhirHtml() {
        return "<p style=\"color:#666;font-size:12px\">" + esc(Pesan.get("surel.penutup")) + "</p></body></html>";
    }

    private static String esc(String teks) {
        return HtmlUtils.htmlEscape(teks == null ? "" : teks);
    }
}
