package id.sipeka.dokumen;

import static id.sipeka.dokumen.Teks.xml;
import static id.sipeka.dokumen.Teks.xmlDenganBaris;

import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * Writes a {@link Dokumen} as XHTML + CSS paged media for the PDF renderer: running header, page numbers, table of
 * contents and list of tables with page numbers, header rows repeated on every page, landscape pages for wide
 * tables, the DRAF watermark. Every user text goes through {@link Teks#xml}, so it can only ever be text.
 */
final class HtmlDokumen {

    static final String FONT = "DejaVu Sans";

    private static final String CSS = """
            @page { size: A4; margin: 22mm 18mm 20mm 25mm;
              @top-center { content: element(kepala); }
              @bottom-right { content: "Halaman " counter(page) " dari " counter(pages); font-family: 'DejaVu Sans'; font-size: 7.5pt; } }
            @page lanskap { size: A4 landscape; margin: 18mm 15mm 16mm 15mm; }
            * { font-family: 'DejaVu Sans'; }
            body { font-size: 10pt; line-height: 1.35; }
            .kepala { position: running(kepala); font-size: 7.5pt; color: #333333; border-bottom: 0.5pt solid #777777;
              padding-bottom: 2pt; }
            .draf { position: fixed; top: 95mm; left: 5mm; width: 170mm; text-align: center; font-size: 120pt;
              font-weight: bold; color: #e3e3e3; transform: rotate(-45deg); z-index: -1; }
            .sampul { text-align: center; padding-top: 45mm; page-break-after: always; }
            .sampul p { font-size: 14pt; font-weight: bold; margin: 0 0 8mm 0; }
            .sampul p.judul { font-size: 20pt; margin-bottom: 20mm; }
            p.nomor { text-align: center; margin: 0 0 6mm 0; }
            .sampul p.nomor { font-size: 11pt; font-weight: normal; }
            .daftar { page-break-before: always; }
            .daftar h1, .bab h1 { text-align: center; font-size: 13pt; margin: 0 0 8mm 0; }
            .toc { margin: 0 0 2pt 0; }
            .toc.bagian { margin-left: 8mm; }
            .toc a { color: #000000; text-decoration: none; }
            .toc a::after { content: leader('.') target-counter(attr(href), page); }
            .bab { page-break-before: always; }
            .bab.pertama { page-break-before: auto; }
            h2 { font-size: 11pt; margin: 6mm 0 2mm 0; }
            p.paragraf { text-align: justify; margin: 0 0 3mm 0; }
            /* openhtmltopdf lays blocks out at the width of the first page size; a landscape block states its own. */
            .lanskap { page: lanskap; width: 262mm; }
            p.judul-tabel { font-weight: bold; text-align: center; margin: 4mm 0 2mm 0; }
            table.data { border-collapse: collapse; width: 100%; table-layout: fixed; -fs-table-paginate: paginate;
              font-size: 7pt; line-height: 1.2; margin-bottom: 4mm; }
            table.data th, table.data td { border: 0.5pt solid #000000; padding: 2pt 2.5pt; vertical-align: top;
              word-wrap: break-word; }
            table.data th { font-weight: bold; background-color: #e6e6e6; text-align: center; vertical-align: middle; }
            table.data tr { page-break-inside: avoid; }
            table.data.rapat { font-size: 6pt; }
            td.kanan { text-align: right; }
            div.gambar { text-align: center; margin: 4mm 0; page-break-inside: avoid; }
            div.gambar img { width: 100%; }
            p.judul-gambar { font-weight: bold; text-align: center; font-size: 9pt; margin: 1mm 0 0 0; }
            tr.kelompok td { font-weight: bold; }
            tr.total td { font-weight: bold; background-color: #f0f0f0; }
            table.ttd { width: 100%; margin-top: 8mm; page-break-inside: avoid; border-collapse: collapse; }
            table.ttd td { vertical-align: top; font-size: 10pt; }
            td.ttd-qr { width: 45%; font-size: 7pt; color: #333333; }
            td.ttd-qr img { width: 28mm; height: 28mm; }
            .ttd-ruang { height: 20mm; font-size: 7pt; color: #333333; padding-top: 4mm; }
            .ttd-nama { font-weight: bold; text-decoration: underline; }
            td.ttd-blok { width: 50%; text-align: center; }
            td.ttd-qr-bawah { font-size: 7pt; color: #333333; padding-top: 4mm; }
            td.ttd-qr-bawah img { width: 24mm; height: 24mm; }
            """;

    private static final String SAMPUL_CSS = "@page :first { @top-center { content: none; } @bottom-right { content: none; } }";

    private HtmlDokumen() {
    }

    /**
     * @param pengesahan QR code and link for a signed document, {@code null} for a draft or an unsigned print
     * @param qrPng the QR code image for {@code pengesahan}
     */
    static String tulis(Dokumen dokumen, Pengesahan pengesahan, byte[] qrPng) {
        StringBuilder h = new StringBuilder(256 * 1024);
        h.append("<!DOCTYPE html>\n<html lang=\"id\" xmlns=\"http://www.w3.org/1999/xhtml\"><head><title>")
                .append(xml(dokumen.judul())).append("</title>")
                .append("<meta name=\"subject\" content=\"").append(xml(subjek(dokumen))).append("\"/>")
                .append("<meta name=\"author\" content=\"").append(xml(dokumen.metadata().instansi())).append("\"/>")
                .append("<meta name=\"creator\" content=\"SIPEKA\"/>")
                .append("<style>").append(CSS)
                // The cover is the first page: no running header, no page number. A named page would cost a blank page.
                .append(dokumen.sampul() == null ? "" : SAMPUL_CSS)
                .append("</style></head><body>");
        h.append("<div class=\"kepala\">").append(xml(dokumen.judul())).append(" — ")
                .append(xml(dokumen.metadata().instansi())).append(dokumen.draf() ? " — DRAF" : "").append("</div>");
        if (dokumen.draf()) {
            h.append("<div class=\"draf\">DRAF</div>");
        }
        // The nomor naskah of a signed document: on the cover under the title, or under the heading of a document
        // without a cover (a berita acara: "BERITA ACARA … / Nomor: …"), as a naskah dinas carries it.
        String nomor = pengesahan == null || pengesahan.nomor() == null ? null
                : "<p class=\"nomor\">Nomor: " + xml(pengesahan.nomor()) + "</p>";
        if (dokumen.sampul() != null) {
            sampul(h, dokumen.sampul(), nomor);
        }
        List<Bab> semua = dokumen.semuaBab();
        int pengantar = dokumen.pengantar().size();
        int nomorTabel = 0;
        for (int b = 0; b < semua.size(); b++) {
            if (b == pengantar && dokumen.daftarIsi()) {
                daftarIsi(h, dokumen);
            }
            Bab bab = semua.get(b);
            // Nothing before the first chapter (no cover, no contents): a page break there would leave a blank page.
            boolean pertama = b == 0 && dokumen.sampul() == null && (pengantar > 0 || !dokumen.daftarIsi());
            h.append("<div class=\"bab").append(pertama ? " pertama" : "").append("\"><h1 id=\"bab-").append(b).append("\">");
            if (!bab.label().isEmpty()) {
                h.append(xml(bab.label())).append("<br/>");
            }
            h.append(xmlDenganBaris(bab.judul())).append("</h1>");
            if (b == 0 && dokumen.sampul() == null && nomor != null) {
                h.append(nomor);
            }
            for (int s = 0; s < bab.bagian().size(); s++) {
                Bagian bagian = bab.bagian().get(s);
                if (!bagian.label().isEmpty()) {
                    h.append("<h2 id=\"bagian-").append(b).append('-').append(s).append("\">")
                            .append(xml(bagian.label())).append("</h2>");
                }
                for (Blok blok : bagian.blok()) {
                    switch (blok) {
                        case Paragraf p -> h.append("<p class=\"paragraf\">").append(xmlDenganBaris(p.teks())).append("</p>");
                        case Tabel t -> tabel(h, t, nomorTabel++);
                        case Gambar g -> gambar(h, g);
                        case TandaTangan t -> tandaTangan(h, t, pengesahan, qrPng);
                        case TandaTanganBersama d -> tandaTanganBersama(h, d, pengesahan, qrPng);
                    }
                }
            }
            h.append("</div>");
        }
        if (semua.size() == pengantar && dokumen.daftarIsi()) {
            daftarIsi(h, dokumen);
        }
        return h.append("</body></html>").toString();
    }

    static String subjek(Dokumen dokumen) {
        Metadata m = dokumen.metadata();
        return m.jenis() + " " + m.tahun() + " — " + m.tahap() + " — versi " + m.versi();
    }

    private static void sampul(StringBuilder h, Sampul sampul, String nomor) {
        h.append("<div class=\"sampul\">");
        for (int i = 0; i < sampul.baris().size(); i++) {
            h.append(i == 0 ? "<p class=\"judul\">" : "<p>").append(xmlDenganBaris(sampul.baris().get(i))).append("</p>");
            if (i == 0 && nomor != null) {
                h.append(nomor);
            }
        }
        h.append("</div>");
    }

    private static void daftarIsi(StringBuilder h, Dokumen dokumen) {
        h.append("<div class=\"daftar\"><h1>DAFTAR ISI</h1>");
        List<Bab> semua = dokumen.semuaBab();
        for (int b = 0; b < semua.size(); b++) {
            Bab bab = semua.get(b);
            h.append("<div class=\"toc\"><a href=\"#bab-").append(b).append("\">").append(xml(bab.labelLengkap()))
                    .append("</a></div>");
            for (int s = 0; s < bab.bagian().size(); s++) {
                Bagian bagian = bab.bagian().get(s);
                if (!bagian.label().isEmpty()) {
                    h.append("<div class=\"toc bagian\"><a href=\"#bagian-").append(b).append('-').append(s).append("\">")
                            .append(xml(bagian.label())).append("</a></div>");
                }
            }
        }
        h.append("</div>");
        List<Tabel> tabel = dokumen.tabel();
        if (!tabel.isEmpty()) {
            h.append("<div class=\"daftar\"><h1>DAFTAR TABEL</h1>");
            for (int i = 0; i < tabel.size(); i++) {
                h.append("<div class=\"toc\"><a href=\"#tabel-").append(i).append("\">").append(xml(tabel.get(i).label()))
                        .append("</a></div>");
            }
            h.append("</div>");
        }
    }

    private static void tabel(StringBuilder h, Tabel tabel, int nomor) {
        h.append("<div class=\"tabel").append(tabel.lanskap() ? " lanskap" : "").append("\">");
        h.append("<p class=\"judul-tabel\" id=\"tabel-").append(nomor).append("\">").append(xml(tabel.label())).append("</p>");
        h.append(tabel.rapat() ? "<table class=\"data rapat\">" : "<table class=\"data\">");
        h.append("<colgroup>");
        for (double w : LebarKolom.persen(tabel)) {
            h.append("<col style=\"width: ").append(String.format(java.util.Locale.ROOT, "%.2f", w)).append("%\"/>");
        }
        h.append("</colgroup><thead>");
        for (List<SelKepala> baris : tabel.kepala()) {
            h.append("<tr>");
            for (SelKepala sel : baris) {
                h.append("<th");
                if (sel.colspan() > 1) {
                    h.append(" colspan=\"").append(sel.colspan()).append('"');
                }
                if (sel.rowspan() > 1) {
                    h.append(" rowspan=\"").append(sel.rowspan()).append('"');
                }
                h.append('>').append(xmlDenganBaris(sel.teks())).append("</th>");
            }
            h.append("</tr>");
        }
        h.append("</thead><tbody>");
        for (BarisTabel baris : tabel.baris()) {
            h.append(switch (baris.jenis()) {
                case BIASA -> "<tr>";
                case KELOMPOK -> "<tr class=\"kelompok\">";
                case TOTAL -> "<tr class=\"total\">";
            });
            for (Sel sel : baris.sel()) {
                h.append("<td");
                if (sel.rentang() > 1) {
                    h.append(" colspan=\"").append(sel.rentang()).append('"');
                }
                if (sel.jenis().rataKanan()) {
                    h.append(" class=\"kanan\"");
                }
                h.append('>').append(xmlDenganBaris(sel.teks())).append("</td>");
            }
            h.append("</tr>");
        }
        h.append("</tbody></table></div>");
    }

    private static void gambar(StringBuilder h, Gambar g) {
        h.append("<div class=\"gambar\"><img alt=\"").append(xml(g.teksAlternatif())).append("\" src=\"data:image/png;base64,")
                .append(Base64.getEncoder().encodeToString(g.png())).append("\"/>");
        if (!g.label().isEmpty()) {
            h.append("<p class=\"judul-gambar\">").append(xml(g.label())).append("</p>");
        }
        h.append("</div>");
    }

    /** The printed widths ({@link LebarKolom}) as whole percentages that add up to 100, for DOCX and XLSX. */
    static List<Integer> lebarPersen(Tabel tabel) {
        double[] lebar = LebarKolom.persen(tabel);
        List<Integer> hasil = new ArrayList<>(lebar.length);
        // Rounded cumulative sums: the widths always add up to exactly 100.
        double kumulatif = 0;
        int sebelumnya = 0;
        for (double w : lebar) {
            kumulatif += w;
            int sampai = (int) Math.round(kumulatif);
            hasil.add(sampai - sebelumnya);
            sebelumnya = sampai;
        }
        return hasil;
    }

    private static void tandaTangan(StringBuilder h, TandaTangan t, Pengesahan pengesahan, byte[] qrPng) {
        h.append("<table class=\"ttd\"><tr><td class=\"ttd-qr\">");
        if (pengesahan != null) {
            h.append("<img alt=\"QR\" src=\"data:image/png;base64,").append(Base64.getEncoder().encodeToString(qrPng))
                    .append("\"/><br/>Periksa keaslian dokumen ini:<br/>");
            // The address is too long for the column: break it before the code rather than anywhere.
            String url = pengesahan.urlVerifikasi();
            int kode = url.lastIndexOf(pengesahan.kode());
            h.append(kode > 0 ? xml(url.substring(0, kode)) + "<br/>" + xml(url.substring(kode)) : xml(url));
        }
        h.append("</td><td>").append(xml(t.tempatTanggal())).append("<br/>").append(xml(t.jabatanTertulis()))
                .append("<div class=\"ttd-ruang\">");
        if (pengesahan != null) {
            h.append("Ditandatangani secara elektronik");
        }
        h.append("</div><span class=\"ttd-nama\">").append(xml(t.nama())).append("</span><br/>")
                .append(xml(t.pangkatTertulis())).append("<br/>").append(xml(t.nipTertulis()))
                .append("</td></tr></table>");
    }

    /**
     * PermenPAN-RB 53/2014: the place and date above the right block, "PIHAK KEDUA" left and "PIHAK PERTAMA" right,
     * and under both the QR code of the verification page.
     */
    private static void tandaTanganBersama(StringBuilder h, TandaTanganBersama d, Pengesahan pengesahan, byte[] qrPng) {
        h.append("<table class=\"ttd\"><tr><td class=\"ttd-blok\"></td><td class=\"ttd-blok\">")
                .append(xml(d.kanan().tempatTanggal())).append("</td></tr><tr>");
        blokBersama(h, d.labelKiri(), d.kiri(), pengesahan);
        blokBersama(h, d.labelKanan(), d.kanan(), pengesahan);
        h.append("</tr>");
        if (pengesahan != null) {
            h.append("<tr><td class=\"ttd-qr-bawah\" colspan=\"2\"><img alt=\"QR\" src=\"data:image/png;base64,")
                    .append(Base64.getEncoder().encodeToString(qrPng)).append("\"/><br/>Periksa keaslian dokumen ini: ")
                    .append(xml(pengesahan.urlVerifikasi())).append("</td></tr>");
        }
        h.append("</table>");
    }

    private static void blokBersama(StringBuilder h, String label, TandaTangan t, Pengesahan pengesahan) {
        h.append("<td class=\"ttd-blok\">").append(xml(label)).append("<br/>").append(xml(t.jabatanTertulis()))
                .append("<div class=\"ttd-ruang\">");
        if (pengesahan != null) {
            h.append("Ditandatangani secara elektronik");
        }
        h.append("</div><span class=\"ttd-nama\">").append(xml(t.nama())).append("</span><br/>")
                .append(xml(t.pangkatTertulis())).append("<br/>").append(xml(t.nipTertulis())).append("</td>");
    }
}
