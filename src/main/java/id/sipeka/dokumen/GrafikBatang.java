package id.sipeka.dokumen;

import id.sipeka.base.FormatIndonesia;
import id.sipeka.base.Pesan;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.Graphics2D;
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

    static final Color LATAR = Color.WHITE;
    static final Color TEKS = new Color(0x22, 0x22, 0x22);
    static final Color TEKS_SAMAR = new Color(0x55, 0x55, 0x55);
    static final Color KISI = new Color(0xDD, 0xDD, 0xDD);
    static final Color SUMBU = new Color(0x66, 0x66, 0x66);
    static final Color ACUAN = new Color(0xC0, 0x39, 0x2B);
    /** Dark blue, amber, green, purple: distinct in colour and in grey when printed black and white. */
    static final Color[] WARNA = {new Color(0x1F, 0x4E, 0x79), new Color(0xF0, 0xA8, 0x30),
            new Color(0x4E, 0x9A, 0x6B), new Color(0x8E, 0x5B, 0xA8)};
    static final int[] LANGKAH = {5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 2500, 5000, 10000};
    static final int MAKS_SERI = WARNA.length;
    static final int MAKS_BARIS_LABEL = 3;

    static final Font BIASA = muatFont("/dokumen/font/DejaVuSans.ttf");
    static final Font TEBAL = muatFont("/dokumen/font/DejaVuSans-Bold.ttf");

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
            new LukisanGrafik(g, data, lebar, tinggi).gambar();
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
