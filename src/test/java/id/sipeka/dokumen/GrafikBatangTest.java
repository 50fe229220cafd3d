package id.sipeka.dokumen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import id.sipeka.dokumen.GrafikBatang.Data;
import id.sipeka.dokumen.GrafikBatang.Seri;
import java.awt.GraphicsEnvironment;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Bar charts drawn headless, read back from their pixels: every bar is found by its series colour just above the x
 * axis, its height measured against the dashed 100% line and turned back into a percentage, so a test fails when a
 * bar is missing, in the wrong colour or order, or of the wrong height. The samples are written to target/grafik/
 * for a look by eye (they are what a screen shows and a document prints).
 */
class GrafikBatangTest {

    private static final Path CONTOH = Path.of("target", "grafik");
    private static final int BIRU = 0x1F4E79;
    private static final int KUNING = 0xF0A830;
    private static final int MERAH_ACUAN = 0xC0392B;

    @BeforeAll
    static void tanpaLayar() throws IOException {
        System.setProperty("java.awt.headless", "true");
        Files.createDirectories(CONTOH);
    }

    @Test
    void aQuarterlyChartDrawsEachSeriesInItsColourWithBarsAsHighAsTheirValues() throws IOException {
        Data data = new Data("Capaian Kinerja dan Keuangan per Triwulan Tahun 2025", "Seksi Pemerintahan Umum – Kecamatan Kalaena",
                List.of("TW I", "TW II", "TW III", "TW IV"),
                List.of(new Seri("Capaian kinerja", angka("100", "85.5", "120", null)),
                        new Seri("Capaian keuangan", angka("99.33", "46.14", "6.19", null))));

        byte[] png = simpan("capaian-per-triwulan.png", GrafikBatang.png(data));

        assertThat(GraphicsEnvironment.isHeadless()).isTrue();
        BufferedImage gambar = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(gambar.getWidth()).isEqualTo(1600);
        assertThat(gambar.getHeight()).isEqualTo(800);
        Bacaan b = Bacaan.dari(gambar);
        // left to right: per quarter the kinerja bar (blue) then the keuangan bar (amber); TW IV has no value, no bar
        assertThat(b.batang()).extracting(Batang::warna).containsExactly(BIRU, KUNING, BIRU, KUNING, BIRU, KUNING);
        double[] diharapkan = {100, 99.33, 85.5, 46.14, 120, 6.19};
        for (int i = 0; i < diharapkan.length; i++) {
            assertThat(b.nilai(b.batang().get(i))).as("batang %d", i + 1).isCloseTo(diharapkan[i], within(1.5));
        }
        // the bars of one quarter stand together, inside that quarter's quarter of the plot
        assertThat(b.batang().get(1).tengah() - b.batang().get(0).tengah())
                .isLessThan(b.batang().get(2).tengah() - b.batang().get(1).tengah());
        assertThat(b.batang().get(5).tengah()).isLessThan(gambar.getWidth() * 3 / 4);
        // a value label above every bar, a category label under each quarter (also under TW IV, which has no bar)
        for (Batang batang : b.batang()) {
            assertThat(b.teksDi(batang.tengah() - 30, batang.tengah() + 30, batang.atas() - 45, batang.atas() - 4))
                    .as("label nilai di atas batang pada x=%d", batang.tengah()).isGreaterThan(20);
        }
        int lebarKategori = (b.batang().get(2).tengah() - b.batang().get(0).tengah());
        for (int k = 0; k < 4; k++) {
            int tengah = (b.batang().get(0).tengah() + b.batang().get(1).tengah()) / 2 + k * lebarKategori;
            assertThat(b.teksDi(tengah - 40, tengah + 40, b.nol() + 4, b.nol() + 50)).as("label kategori %d", k + 1)
                    .isGreaterThan(20);
        }
        // the legend shows both series' swatches above the plot
        assertThat(b.piksel(BIRU, 0, b.seratus() - 30)).isGreaterThan(200);
        assertThat(b.piksel(KUNING, 0, b.seratus() - 30)).isGreaterThan(200);
    }

    @Test
    void aChartPerUnitWrapsLongUnitNamesAndCopesWithValuesAboveOneHundredAndZero() throws IOException {
        List<String> unit = List.of("Sub Bagian Perencanaan dan Kepegawaian", "Sub Bagian Umum dan Keuangan",
                "Seksi Pemerintahan Umum", "Seksi Pemberdayaan Masyarakat dan Desa", "Seksi Ketentraman dan Ketertiban Umum",
                "Seksi Pelayanan Umum");
        Data data = new Data("Capaian Kinerja dan Keuangan per Unit Kerja s/d TW II Tahun 2025", "Kecamatan Kalaena", unit,
                List.of(new Seri("Capaian kinerja", angka("92.31", "150", "75", "0", "66.67", null)),
                        new Seri("Capaian keuangan", angka("48.2", "51.75", "99.33", "12.5", null, "100"))));

        BufferedImage gambar = ImageIO.read(new ByteArrayInputStream(simpan("capaian-per-unit.png", GrafikBatang.png(data))));

        Bacaan b = Bacaan.dari(gambar);
        // 0 % and no value draw no bar: nine bars, in the order of the data
        assertThat(b.batang()).extracting(Batang::warna)
                .containsExactly(BIRU, KUNING, BIRU, KUNING, BIRU, KUNING, KUNING, BIRU, KUNING);
        double[] diharapkan = {92.31, 48.2, 150, 51.75, 75, 99.33, 12.5, 66.67, 100};
        for (int i = 0; i < diharapkan.length; i++) {
            assertThat(b.nilai(b.batang().get(i))).as("batang %d", i + 1).isCloseTo(diharapkan[i], within(1.5));
        }
        // long names wrap to more than one line under the axis
        assertThat(b.barisTeks(b.nol() + 4, gambar.getHeight() - 1)).isGreaterThanOrEqualTo(2);
    }

    @Test
    void aSingleSeriesWithManyCategoriesTurnsItsValueLabelsUpright() throws IOException {
        List<String> kategori = List.of("Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des",
                "A", "B", "C", "D", "E", "F", "G", "H");
        List<BigDecimal> nilai = kategori.stream().map(k -> BigDecimal.valueOf(40 + (k.hashCode() % 70 + 70) % 70, 0)).toList();
        Data data = new Data("Capaian Kinerja Sub Kegiatan", kategori, List.of(new Seri("Capaian kinerja", nilai)));

        BufferedImage gambar = ImageIO.read(new ByteArrayInputStream(simpan("capaian-banyak-kategori.png", GrafikBatang.png(data))));

        Bacaan b = Bacaan.dari(gambar);
        assertThat(b.batang()).hasSize(20).allMatch(x -> x.warna() == BIRU);
        for (int i = 0; i < 20; i++) {
            assertThat(b.nilai(b.batang().get(i))).isCloseTo(nilai.get(i).doubleValue(), within(1.5));
        }
        // "104,00%" is wider than a bar: written bottom to top, so its ink above the bar is taller than wide
        Batang pertama = b.batang().getFirst();
        int[] kotak = b.kotakTeks(pertama.tengah() - 30, pertama.tengah() + 30, pertama.atas() - 160, pertama.atas() - 2);
        assertThat(kotak[3] - kotak[2]).as("tinggi label").isGreaterThan(2 * (kotak[1] - kotak[0]));
    }

    @Test
    void missingValuesDrawNoBarAndDoNotCrash() throws IOException {
        Data data = new Data("Belum ada realisasi", List.of("TW I", "TW II"),
                List.of(new Seri("Capaian kinerja", Arrays.asList(null, null)), new Seri("Capaian keuangan", Arrays.asList(null, null))));

        BufferedImage gambar = ImageIO.read(new ByteArrayInputStream(simpan("capaian-kosong.png", GrafikBatang.png(data))));

        assertThat(gambar.getWidth()).isEqualTo(1600);
        assertThat(Bacaan.dari(gambar).batang()).isEmpty();
        // only the legend swatches (20 × 20 px) carry the series colours; the reference line is still drawn
        assertThat(banyakPiksel(gambar, BIRU)).isBetween(100, 500);
        assertThat(banyakPiksel(gambar, KUNING)).isBetween(100, 500);
        assertThat(banyakPiksel(gambar, MERAH_ACUAN)).isGreaterThan(500);
    }

    @Test
    void aSmallerChartScalesItsTextAndKeepsItsProportions() throws IOException {
        Data data = new Data("Capaian per Triwulan", List.of("TW I", "TW II", "TW III", "TW IV"),
                List.of(new Seri("Capaian kinerja", angka("100", "99.33", "70.01", "46.14"))));

        BufferedImage gambar = ImageIO.read(new ByteArrayInputStream(simpan("capaian-kecil.png", GrafikBatang.png(data, 800, 400))));

        assertThat(gambar.getWidth()).isEqualTo(800);
        assertThat(gambar.getHeight()).isEqualTo(400);
        Bacaan b = Bacaan.dari(gambar);
        assertThat(b.batang()).hasSize(4);
        assertThat(b.nilai(b.batang().get(3))).isCloseTo(46.14, within(2.5));
    }

    @Test
    void aDocumentPictureCarriesTheChartItsSizeAndItsValuesInWords() {
        Data data = new Data("Capaian per Triwulan", List.of("TW I"), List.of(new Seri("Capaian kinerja", angka("99.33"))));

        Gambar g = GrafikBatang.gambar("Gambar 2.1", data);

        assertThat(g.label()).isEqualTo("Gambar 2.1 Capaian per Triwulan");
        assertThat(g.lebarPx()).isEqualTo(GrafikBatang.LEBAR);
        assertThat(g.tinggiPx()).isEqualTo(GrafikBatang.TINGGI);
        assertThat(g.png()).startsWith((byte) 0x89, (byte) 'P', (byte) 'N', (byte) 'G');
        assertThat(g.teksAlternatif()).contains("TW I: Capaian kinerja 99,33%");
    }

    @Test
    void theAltTextListsEveryValueTheIndonesianWay() {
        Data data = new Data("Capaian per Triwulan", "Kecamatan Kalaena", List.of("TW I", "TW II"),
                List.of(new Seri("Capaian kinerja", angka("100", null)), new Seri("Capaian keuangan", angka("99.334", "46.14"))));

        assertThat(GrafikBatang.teksAlternatif(data)).isEqualTo("Grafik batang Capaian per Triwulan (Kecamatan Kalaena). "
                + "TW I: Capaian kinerja 100,00%, Capaian keuangan 99,33%. "
                + "TW II: Capaian kinerja tidak ada nilai, Capaian keuangan 46,14%. "
                + "Garis putus-putus menandai capaian 100%.");
    }

    @Test
    void aSeriesWithTheWrongNumberOfValuesIsAProgrammingError() {
        assertThatThrownBy(() -> new Data("X", List.of("TW I", "TW II"), List.of(new Seri("Capaian kinerja", angka("1")))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Data("X", List.of(), List.of(new Seri("Capaian kinerja", List.of()))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theScaleLeavesRoomForLabelsAndAlwaysShowsOneHundred() {
        assertThat(GrafikBatang.puncakSkala(100, 500, 40)).isEqualTo(120);
        assertThat(GrafikBatang.puncakSkala(150, 500, 40)).isEqualTo(175);
        assertThat(GrafikBatang.puncakSkala(1000, 500, 40)).isEqualTo(1200);
        assertThat(GrafikBatang.langkah(120)).isEqualTo(20);
        assertThat(GrafikBatang.langkah(175)).isEqualTo(25);
    }

    /** A bar found in the picture: its series colour, the column through its middle, and its top row. */
    record Batang(int warna, int kiri, int kanan, int atas) {
        int tengah() {
            return (kiri + kanan) / 2;
        }
    }

    /** What the pixels say: the x axis (0 %), the dashed reference line (100 %) and the bars standing on the axis. */
    record Bacaan(BufferedImage gambar, int nol, int seratus, List<Batang> batang) {

        static Bacaan dari(BufferedImage g) {
            // 100 %: the row with the most pixels of the reference line's red
            int seratus = 0;
            int terbanyak = 0;
            for (int y = 0; y < g.getHeight(); y++) {
                int n = 0;
                for (int x = 0; x < g.getWidth(); x++) {
                    n += rgb(g, x, y) == MERAH_ACUAN ? 1 : 0;
                }
                if (n > terbanyak) {
                    terbanyak = n;
                    seratus = y;
                }
            }
            // 0 %: the lowest row that still has a pixel of a series colour below the reference line (a bar's foot)
            int nol = seratus;
            for (int y = seratus; y < g.getHeight(); y++) {
                for (int x = 0; x < g.getWidth(); x++) {
                    if (rgb(g, x, y) == BIRU || rgb(g, x, y) == KUNING) {
                        nol = y;
                    }
                }
            }
            List<Batang> batang = new ArrayList<>();
            int kaki = nol - 2;
            for (int x = 0; x < g.getWidth() && nol > seratus; ) {
                int warna = rgb(g, x, kaki);
                if (warna != BIRU && warna != KUNING) {
                    x++;
                    continue;
                }
                int kiri = x;
                while (x < g.getWidth() && rgb(g, x, kaki) == warna) {
                    x++;
                }
                int tengah = (kiri + x - 1) / 2;
                int atas = kaki;
                for (int y = kaki; y >= 0; y--) {
                    if (rgb(g, tengah, y) == warna) {
                        atas = y;
                    } else if (rgb(g, tengah, y) != MERAH_ACUAN && Math.abs(y - seratus) > 3) {
                        // the dashed line crosses the bars; anything else ends the bar
                        break;
                    }
                }
                batang.add(new Batang(warna, kiri, x - 1, atas));
            }
            return new Bacaan(g, nol + 1, seratus, batang);
        }

        /** The bar's value in percent: its height over the height of 100 %. */
        double nilai(Batang b) {
            return (nol - b.atas()) * 100.0 / (nol - seratus);
        }

        /** Dark (text) pixels in a rectangle. */
        int teksDi(int x0, int x1, int y0, int y1) {
            int n = 0;
            for (int y = Math.max(0, y0); y <= Math.min(gambar.getHeight() - 1, y1); y++) {
                for (int x = Math.max(0, x0); x <= Math.min(gambar.getWidth() - 1, x1); x++) {
                    n += gelap(x, y) ? 1 : 0;
                }
            }
            return n;
        }

        /** Bounding box {x0, x1, y0, y1} of the dark pixels in a rectangle. */
        int[] kotakTeks(int x0, int x1, int y0, int y1) {
            int[] k = {Integer.MAX_VALUE, -1, Integer.MAX_VALUE, -1};
            for (int y = Math.max(0, y0); y <= y1; y++) {
                for (int x = Math.max(0, x0); x <= x1; x++) {
                    if (gelap(x, y)) {
                        k[0] = Math.min(k[0], x);
                        k[1] = Math.max(k[1], x);
                        k[2] = Math.min(k[2], y);
                        k[3] = Math.max(k[3], y);
                    }
                }
            }
            return k;
        }

        /** Lines of text between two rows: runs of rows with dark pixels separated by rows without. */
        int barisTeks(int y0, int y1) {
            int baris = 0;
            boolean diTeks = false;
            for (int y = y0; y <= y1; y++) {
                boolean ada = teksDi(0, gambar.getWidth() - 1, y, y) > 0;
                if (ada && !diTeks) {
                    baris++;
                }
                diTeks = ada;
            }
            return baris;
        }

        int piksel(int warna, int y0, int y1) {
            int n = 0;
            for (int y = Math.max(0, y0); y <= y1; y++) {
                for (int x = 0; x < gambar.getWidth(); x++) {
                    n += rgb(gambar, x, y) == warna ? 1 : 0;
                }
            }
            return n;
        }

        private boolean gelap(int x, int y) {
            int c = rgb(gambar, x, y);
            return ((c >> 16) & 0xFF) < 0x70 && ((c >> 8) & 0xFF) < 0x70 && (c & 0xFF) < 0x70 && c != BIRU;
        }
    }

    private static int rgb(BufferedImage g, int x, int y) {
        return g.getRGB(x, y) & 0xFFFFFF;
    }

    private static byte[] simpan(String nama, byte[] png) throws IOException {
        Files.write(CONTOH.resolve(nama), png);
        return png;
    }

    private static List<BigDecimal> angka(String... nilai) {
        return Arrays.stream(nilai).map(v -> v == null ? null : new BigDecimal(v)).toList();
    }

    private static int banyakPiksel(BufferedImage gambar, int rgb) {
        int n = 0;
        for (int y = 0; y < gambar.getHeight(); y++) {
            for (int x = 0; x < gambar.getWidth(); x++) {
                if ((gambar.getRGB(x, y) & 0xFFFFFF) == rgb) {
                    n++;
                }
            }
        }
        return n;
    }
}
