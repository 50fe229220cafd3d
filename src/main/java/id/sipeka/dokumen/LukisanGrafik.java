package id.sipeka.dokumen;

import id.sipeka.base.FormatIndonesia;
import id.sipeka.base.Pesan;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import static id.sipeka.dokumen.GrafikBatang.*;

/** One drawing: layout first (sizes depend on text), then the scale, then the marks. */
final class LukisanGrafik {
    private final Graphics2D g;
    private final Data data;
    private final int lebar;
    private final int tinggi;
    private final float s;
    private final Font fontJudul;
    private final Font fontSubjudul;
    private final Font fontLegenda;
    private final Font fontSumbu;
    private Font fontKategori;
    private Font fontNilai;

    LukisanGrafik(Graphics2D g, Data data, int lebar, int tinggi) {
        this.g = g;
        this.data = data;
        this.lebar = lebar;
        this.tinggi = tinggi;
        this.s = Math.min(lebar / (float) LEBAR, tinggi / (float) TINGGI);
        // At 1600 px across 17 cm of paper one pixel is 0,3 pt: labels print at 6,5–7 pt like the documents'
        // tables, the title at about 11 pt.
        fontJudul = TEBAL.deriveFont(36f * s);
        fontSubjudul = BIASA.deriveFont(24f * s);
        fontLegenda = BIASA.deriveFont(24f * s);
        fontSumbu = BIASA.deriveFont(22f * s);
        fontKategori = BIASA.deriveFont(23f * s);
        fontNilai = BIASA.deriveFont(21f * s);
    }

    void gambar() {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        g.setColor(LATAR);
        g.fillRect(0, 0, lebar, tinggi);

        float tepi = 36 * s;
        float y = tepi;
        // Title (wrapped to two lines at most), subtitle, legend.
        g.setColor(TEKS);
        for (String baris : bungkus(data.judul(), fontJudul, lebar - 2 * tepi, 2)) {
            y += metrik(fontJudul).getAscent();
            teksTengah(baris, fontJudul, lebar / 2f, y);
            y += metrik(fontJudul).getDescent() + 4 * s;
        }
        if (data.subjudul() != null && !data.subjudul().isBlank()) {
            g.setColor(TEKS_SAMAR);
            y += 2 * s + metrik(fontSubjudul).getAscent();
            teksTengah(data.subjudul(), fontSubjudul, lebar / 2f, y);
            y += metrik(fontSubjudul).getDescent();
        }
        y += 16 * s;
        y = legenda(y);
        float atasPlot = y + 26 * s;

        double terbesar = 0;
        for (Seri seri : data.seri()) {
            for (BigDecimal v : seri.nilai()) {
                if (v != null) {
                    terbesar = Math.max(terbesar, v.doubleValue());
                }
            }
        }

        // Y axis: title rotated at the far left, tick labels right-aligned against the plot (room for the widest
        // tick label the scale can reach).
        String judulSumbu = Pesan.get("grafik.sumbuY");
        FontMetrics ms = metrik(fontSumbu);
        String tickTerlebar = FormatIndonesia.angka(puncakSkala(Math.max(100, terbesar) * 1.5, 1, 0)) + "%";
        float kiriPlot = tepi + ms.getHeight() + 14 * s + ms.stringWidth(tickTerlebar) + 12 * s;
        float kananPlot = lebar - tepi;
        float lebarPlot = kananPlot - kiriPlot;
        int n = data.kategori().size();
        float slot = lebarPlot / n;

        // Category labels wrapped to the slot; their height fixes the bottom of the plot.
        // A long unit name first gets a slightly smaller font, and is cut with "…" only when even that is not enough.
        List<List<String>> labelKategori = null;
        for (float ukuran = 23; ukuran >= 19 && (labelKategori == null || adaTerpotong(labelKategori)); ukuran -= 2) {
            fontKategori = BIASA.deriveFont(ukuran * s);
            labelKategori = new ArrayList<>();
            for (String k : data.kategori()) {
                labelKategori.add(bungkus(k == null ? "" : k, fontKategori, slot - 10 * s, MAKS_BARIS_LABEL));
            }
        }
        FontMetrics mk = metrik(fontKategori);
        int barisTerbanyak = labelKategori.stream().mapToInt(List::size).max().orElse(1);
        float bawahPlot = tinggi - tepi - barisTerbanyak * mk.getHeight() - 10 * s;
        float tinggiPlot = bawahPlot - atasPlot;

        // Bars: a group per category, 80% of the slot, bars of one group side by side.
        int m = data.seri().size();
        float celah = m > 1 ? 6 * s : 0;
        float lebarKelompok = slot * 0.8f;
        float lebarBatang = Math.min((lebarKelompok - celah * (m - 1)) / m, 150 * s);
        lebarKelompok = lebarBatang * m + celah * (m - 1);

        // Value labels go above their bar; when wider than the bar, first a smaller font, then turned upright.
        boolean tegak = true;
        int lebarLabel = 0;
        for (float ukuran = 21; ukuran >= 17 && tegak; ukuran -= 2) {
            fontNilai = BIASA.deriveFont(ukuran * s);
            lebarLabel = lebarLabelTerbesar(metrik(fontNilai));
            tegak = lebarLabel + 6 * s > lebarBatang + celah;
        }
        if (tegak) {
            fontNilai = BIASA.deriveFont(21f * s);
            lebarLabel = lebarLabelTerbesar(metrik(fontNilai));
        }
        FontMetrics mn = metrik(fontNilai);
        float ruangLabel = (tegak ? lebarLabel : mn.getHeight()) + 14 * s;
        int puncak = puncakSkala(Math.max(100, terbesar), tinggiPlot, ruangLabel);
        int langkah = langkah(puncak);

        // Grid lines and tick labels.
        g.setFont(fontSumbu);
        for (int t = 0; t <= puncak; t += langkah) {
            float yt = yDari(t, puncak, atasPlot, tinggiPlot);
            g.setColor(KISI);
            g.setStroke(new BasicStroke(1.2f * s));
            g.draw(new Line2D.Float(kiriPlot, yt, kananPlot, yt));
            g.setColor(TEKS_SAMAR);
            String label = FormatIndonesia.angka(t) + "%";
            g.drawString(label, kiriPlot - 12 * s - ms.stringWidth(label), yt + ms.getAscent() / 2.8f);
        }
        AffineTransform semula = g.getTransform();
        g.setColor(TEKS);
        g.rotate(-Math.PI / 2);
        g.drawString(judulSumbu, -(atasPlot + tinggiPlot / 2 + ms.stringWidth(judulSumbu) / 2f), tepi + ms.getAscent());
        g.setTransform(semula);

        // Bars.
        for (int k = 0; k < n; k++) {
            float kiriKelompok = kiriPlot + slot * k + (slot - lebarKelompok) / 2;
            for (int i = 0; i < m; i++) {
                BigDecimal v = data.seri().get(i).nilai().get(k);
                if (v == null || v.signum() <= 0) {
                    continue;
                }
                float x = kiriKelompok + i * (lebarBatang + celah);
                float yb = yDari(Math.min(v.doubleValue(), puncak), puncak, atasPlot, tinggiPlot);
                g.setColor(WARNA[i]);
                g.fill(new Rectangle2D.Float(x, yb, lebarBatang, bawahPlot - yb));
            }
        }

        // X axis and the dashed reference line at 100%, over the bars so it shows across them.
        g.setColor(SUMBU);
        g.setStroke(new BasicStroke(2f * s));
        g.draw(new Line2D.Float(kiriPlot, bawahPlot, kananPlot, bawahPlot));
        float y100 = yDari(100, puncak, atasPlot, tinggiPlot);
        g.setColor(ACUAN);
        g.setStroke(garisPutus());
        g.draw(new Line2D.Float(kiriPlot, y100, kananPlot, y100));

        if (terbesar == 0 && data.seri().stream().allMatch(x -> x.nilai().stream().allMatch(Objects::isNull))) {
            g.setColor(TEKS_SAMAR);
            teksTengah(Pesan.get("grafik.kosong"), fontLegenda, kiriPlot + lebarPlot / 2, atasPlot + tinggiPlot * 0.6f);
        }

        // Value labels (on a white plate so grid and reference line never cross the digits), then categories.
        for (int k = 0; k < n; k++) {
            float kiriKelompok = kiriPlot + slot * k + (slot - lebarKelompok) / 2;
            for (int i = 0; i < m; i++) {
                BigDecimal v = data.seri().get(i).nilai().get(k);
                float tengah = kiriKelompok + i * (lebarBatang + celah) + lebarBatang / 2;
                float yb = v == null ? bawahPlot : yDari(Math.clamp(v.doubleValue(), 0, puncak), puncak, atasPlot, tinggiPlot);
                labelNilai(v == null ? "–" : FormatIndonesia.persen(v), tengah, yb - 8 * s, tegak && v != null, mn,
                        v == null ? TEKS_SAMAR : TEKS);
            }
            g.setColor(TEKS);
            float yk = bawahPlot + 10 * s + mk.getAscent();
            for (String baris : labelKategori.get(k)) {
                teksTengah(baris, fontKategori, kiriPlot + slot * k + slot / 2, yk);
                yk += mk.getHeight();
            }
        }
    }

    private int lebarLabelTerbesar(FontMetrics fm) {
        int lebarMaks = 0;
        for (Seri seri : data.seri()) {
            for (BigDecimal v : seri.nilai()) {
                if (v != null) {
                    lebarMaks = Math.max(lebarMaks, fm.stringWidth(FormatIndonesia.persen(v)));
                }
            }
        }
        return lebarMaks;
    }

    private static boolean adaTerpotong(List<List<String>> label) {
        return label.stream().flatMap(List::stream).anyMatch(b -> b.endsWith("…"));
    }

    /** Legend centred on one line: a swatch per series, then the dashed reference line. Returns its bottom. */
    private float legenda(float atas) {
        FontMetrics ml = metrik(fontLegenda);
        float kotak = 20 * s;
        float jarak = 36 * s;
        String acuan = Pesan.get("grafik.acuan");
        float total = 0;
        for (Seri seri : data.seri()) {
            total += kotak + 10 * s + ml.stringWidth(seri.nama()) + jarak;
        }
        total += 44 * s + 10 * s + ml.stringWidth(acuan);
        float x = (lebar - total) / 2;
        float garisTengah = atas + ml.getHeight() / 2f;
        float dasar = garisTengah + (ml.getAscent() - ml.getDescent()) / 2f;
        g.setFont(fontLegenda);
        for (int i = 0; i < data.seri().size(); i++) {
            g.setColor(WARNA[i]);
            g.fill(new Rectangle2D.Float(x, garisTengah - kotak / 2, kotak, kotak));
            x += kotak + 10 * s;
            g.setColor(TEKS);
            g.drawString(data.seri().get(i).nama(), x, dasar);
            x += ml.stringWidth(data.seri().get(i).nama()) + jarak;
        }
        g.setColor(ACUAN);
        g.setStroke(garisPutus());
        g.draw(new Line2D.Float(x, garisTengah, x + 44 * s, garisTengah));
        x += 44 * s + 10 * s;
        g.setColor(TEKS);
        g.drawString(acuan, x, dasar);
        return atas + ml.getHeight();
    }

    private void labelNilai(String teks, float tengah, float bawah, boolean tegak, FontMetrics mn, Color warna) {
        g.setFont(fontNilai);
        int w = mn.stringWidth(teks);
        float pad = 3 * s;
        if (tegak) {
            AffineTransform semula = g.getTransform();
            g.translate(tengah + (mn.getAscent() - mn.getDescent()) / 2f, bawah);
            g.rotate(-Math.PI / 2);
            pelat(-pad, -mn.getAscent() - pad / 2, w + 2 * pad, mn.getAscent() + mn.getDescent() + pad);
            g.setColor(warna);
            g.drawString(teks, 0, 0);
            g.setTransform(semula);
        } else {
            float x = tengah - w / 2f;
            float yDasar = bawah - mn.getDescent();
            pelat(x - pad, yDasar - mn.getAscent() - pad / 2, w + 2 * pad, mn.getAscent() + mn.getDescent() + pad);
            g.setColor(warna);
            g.drawString(teks, x, yDasar);
        }
    }

    private void pelat(float x, float y, float w, float h) {
        g.setColor(new Color(255, 255, 255, 225));
        g.fill(new RoundRectangle2D.Float(x, y, w, h, 6 * s, 6 * s));
    }

    private BasicStroke garisPutus() {
        return new BasicStroke(2.6f * s, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {12 * s, 8 * s}, 0);
    }

    private void teksTengah(String teks, Font font, float tengah, float dasar) {
        g.setFont(font);
        g.drawString(teks, tengah - metrik(font).stringWidth(teks) / 2f, dasar);
    }

    private FontMetrics metrik(Font font) {
        return g.getFontMetrics(font);
    }

    /** Word wrap to a width; the last allowed line ends with "…" when text is left over. */
    private List<String> bungkus(String teks, Font font, float lebarMaks, int barisMaks) {
        FontMetrics fm = metrik(font);
        List<String> hasil = new ArrayList<>();
        StringBuilder baris = new StringBuilder();
        String[] kata = teks.strip().split("\\s+");
        for (int i = 0; i < kata.length; i++) {
            String coba = baris.isEmpty() ? kata[i] : baris + " " + kata[i];
            if (fm.stringWidth(coba) <= lebarMaks || baris.isEmpty()) {
                baris.setLength(0);
                baris.append(coba);
                continue;
            }
            hasil.add(baris.toString());
            baris.setLength(0);
            baris.append(kata[i]);
            if (hasil.size() == barisMaks - 1) {
                for (int j = i + 1; j < kata.length; j++) {
                    baris.append(' ').append(kata[j]);
                }
                break;
            }
        }
        hasil.add(baris.toString());
        List<String> pas = new ArrayList<>();
        for (String b : hasil) {
            pas.add(potong(b, fm, lebarMaks));
        }
        return pas;
    }

    private static String potong(String teks, FontMetrics fm, float lebarMaks) {
        if (fm.stringWidth(teks) <= lebarMaks) {
            return teks;
        }
        String t = teks;
        while (!t.isEmpty() && fm.stringWidth(t + "…") > lebarMaks) {
            t = t.substring(0, t.length() - 1);
        }
        return t.strip() + "…";
    }

    private static float yDari(double nilai, int puncak, float atasPlot, float tinggiPlot) {
        return (float) (atasPlot + tinggiPlot * (1 - nilai / puncak));
    }
}
