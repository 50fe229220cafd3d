package id.sipeka.dokumen;

import id.sipeka.base.FormatIndonesia;
import id.sipeka.base.Pesan;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOInvalidTreeException;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;

/**
 * Draws a grouped bar chart of capaian (percent) as a PNG, on the server with plain Java2D (headless, no chart
 * library, no licence): categories such as units or "TW I".."TW IV", one or two series such as capaian kinerja and
 * keuangan, value labels written the Indonesian way ({@code 99,33%}), a dashed reference line at 100% and a legend.
 * The same bytes go on a screen (e.g. {@code evaluasi.ui.GrafikView}) and into documents ({@link #gambar}: a
 * {@link Gambar} block of the document model); the default 1600 × 800 px is
 * sharp at A4 text width (the PNG says 240 dpi, about 17 cm wide). Text is DejaVu Sans, the font the documents embed,
 * read from the jar so the chart looks the same on every server.
 */
public final class GrafikBatang {

    public static final int LEBAR = 1600;
    public static final int TINGGI = 800;
    /** Physical resolution written into the PNG: 1600 px at 240 dpi ≈ 16,9 cm, the text width of an A4 page. */
    static final int DPI = 240;

    private static final Color LATAR = Color.WHITE;
    private static final Color TEKS = new Color(0x22, 0x22, 0x22);
    private static final Color TEKS_SAMAR = new Color(0x55, 0x55, 0x55);
    private static final Color KISI = new Color(0xDD, 0xDD, 0xDD);
    private static final Color SUMBU = new Color(0x66, 0x66, 0x66);
    private static final Color ACUAN = new Color(0xC0, 0x39, 0x2B);
    /** Dark blue, amber, green, purple: distinct in colour and in grey when printed black and white. */
    private static final Color[] WARNA = {new Color(0x1F, 0x4E, 0x79), new Color(0xF0, 0xA8, 0x30),
            new Color(0x4E, 0x9A, 0x6B), new Color(0x8E, 0x5B, 0xA8)};
    private static final int[] LANGKAH = {5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 2500, 5000, 10000};
    private static final int MAKS_SERI = WARNA.length;
    private static final int MAKS_BARIS_LABEL = 3;

    private static final Font BIASA = muatFont("/dokumen/font/DejaVuSans.ttf");
    private static final Font TEBAL = muatFont("/dokumen/font/DejaVuSans-Bold.ttf");

    private GrafikBatang() {
    }

    /** One series of bars: a name for the legend and one capaian (percent) per category; null = no bar ("–"). */
    public record Seri(String nama, List<BigDecimal> nilai) {
        public Seri {
            Objects.requireNonNull(nama, "nama");
            nilai = java.util.Collections.unmodifiableList(new ArrayList<>(nilai));
        }
    }

    /**
     * What a chart shows.
     *
     * @param judul title, e.g. "Capaian Kinerja dan Keuangan per Triwulan 2025"
     * @param subjudul second line under the title (e.g. "Kecamatan Kalaena"), or null
     * @param kategori the groups along the x axis (unit names, "TW I".."TW IV")
     * @param seri one to four series, each with exactly one value per category
     */
    public record Data(String judul, String subjudul, List<String> kategori, List<Seri> seri) {
        public Data {
            Objects.requireNonNull(judul, "judul");
            kategori = List.copyOf(kategori);
            seri = List.copyOf(seri);
            if (kategori.isEmpty()) {
                throw new IllegalArgumentException("Grafik memerlukan paling sedikit satu kategori");
            }
            if (seri.isEmpty() || seri.size() > MAKS_SERI) {
                throw new IllegalArgumentException("Grafik memerlukan 1 sampai " + MAKS_SERI + " seri");
            }
            for (Seri s : seri) {
                if (s.nilai().size() != kategori.size()) {
                    throw new IllegalArgumentException("Seri \"" + s.nama() + "\" mempunyai " + s.nilai().size()
                            + " nilai untuk " + kategori.size() + " kategori");
                }
            }
        }

        public Data(String judul, List<String> kategori, List<Seri> seri) {
            this(judul, null, kategori, seri);
        }
    }

    /** The chart as a picture of a document, at the default size, with its values in words as the alternative text. */
    public static Gambar gambar(String nomor, Data data) {
        return new Gambar(nomor, data.judul(), png(data), LEBAR, TINGGI, teksAlternatif(data));
    }

    /** The chart at the default 1600 × 800 px. */
    public static byte[] png(Data data) {
        return png(data, LEBAR, TINGGI);
    }

    /** The chart as a PNG of the given size in pixels (text scales with the size). */
    public static byte[] png(Data data, int lebar, int tinggi) {
        if (lebar < 400 || tinggi < 250) {
            throw new IllegalArgumentException("Grafik terlalu kecil: " + lebar + " × " + tinggi);
        }
        BufferedImage gambar = new BufferedImage(lebar, tinggi, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = gambar.createGraphics();
        try {
            new Lukisan(g, data, lebar, tinggi).gambar();
        } finally {
            g.dispose();
        }
        return tulisPng(gambar);
    }

    /**
     * The chart in words, for screen readers and document captions: title, then every category with every series'
     * value ({@code TW I: Capaian kinerja 99,33%, Capaian keuangan tidak ada nilai}).
     */
    public static String teksAlternatif(Data data) {
        StringBuilder s = new StringBuilder(Pesan.get("grafik.alt.judul", data.judul()));
        if (data.subjudul() != null && !data.subjudul().isBlank()) {
            s.append(" (").append(data.subjudul()).append(")");
        }
        s.append(". ");
        for (int k = 0; k < data.kategori().size(); k++) {
            s.append(data.kategori().get(k)).append(": ");
            for (int i = 0; i < data.seri().size(); i++) {
                Seri seri = data.seri().get(i);
                BigDecimal v = seri.nilai().get(k);
                s.append(i == 0 ? "" : ", ").append(seri.nama()).append(' ')
                        .append(v == null ? Pesan.get("grafik.alt.tanpaNilai") : FormatIndonesia.persen(v));
            }
            s.append(". ");
        }
        s.append(Pesan.get("grafik.alt.acuan"));
        return s.toString();
    }

    /** One drawing: layout first (sizes depend on text), then the scale, then the marks. */
    private static final class Lukisan {
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

        Lukisan(Graphics2D g, Data data, int lebar, int tinggi) {
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

    /**
     * The top of the y scale: a whole number of nice steps that leaves room above the highest bar for its label.
     * Never below 100, so the reference line is always inside the plot.
     */
    static int puncakSkala(double terbesar, float tinggiPlot, float ruangLabel) {
        double perlu = terbesar * tinggiPlot / Math.max(1, tinggiPlot - ruangLabel);
        for (int langkah : LANGKAH) {
            int puncak = (int) (Math.ceil(perlu / langkah - 1e-9) * langkah);
            if (puncak / langkah <= 8 && puncak > 0) {
                return puncak;
            }
        }
        int l = LANGKAH[LANGKAH.length - 1];
        return (int) (Math.ceil(perlu / l) * l);
    }

    /** Step of the grid lines for a scale top: the smallest nice step with at most eight intervals. */
    static int langkah(int puncak) {
        for (int l : LANGKAH) {
            if (puncak % l == 0 && puncak / l <= 8) {
                return l;
            }
        }
        return puncak;
    }

    private static Font muatFont(String sumber) {
        try (InputStream in = GrafikBatang.class.getResourceAsStream(sumber)) {
            if (in == null) {
                throw new IllegalStateException("Font tidak ada di classpath: " + sumber);
            }
            return Font.createFont(Font.TRUETYPE_FONT, in);
        } catch (IOException | FontFormatException e) {
            throw new IllegalStateException("Font tidak dapat dibaca: " + sumber, e);
        }
    }

    /** PNG with its physical size (pHYs) set, so a word processor places it at A4 text width. */
    private static byte[] tulisPng(BufferedImage gambar) {
        ByteArrayOutputStream keluar = new ByteArrayOutputStream();
        Iterator<ImageWriter> penulis = ImageIO.getImageWritersByFormatName("png");
        ImageWriter w = penulis.next();
        try (ImageOutputStream ios = ImageIO.createImageOutputStream(keluar)) {
            w.setOutput(ios);
            ImageWriteParam param = w.getDefaultWriteParam();
            IIOMetadata meta = w.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(gambar), param);
            String titikPerMeter = String.valueOf(Math.round(DPI / 0.0254));
            IIOMetadataNode phys = new IIOMetadataNode("pHYs");
            phys.setAttribute("pixelsPerUnitXAxis", titikPerMeter);
            phys.setAttribute("pixelsPerUnitYAxis", titikPerMeter);
            phys.setAttribute("unitSpecifier", "meter");
            IIOMetadataNode akar = new IIOMetadataNode("javax_imageio_png_1.0");
            akar.appendChild(phys);
            meta.mergeTree("javax_imageio_png_1.0", akar);
            w.write(null, new IIOImage(gambar, null, meta), param);
        } catch (IIOInvalidTreeException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            w.dispose();
        }
        return keluar.toByteArray();
    }
}
