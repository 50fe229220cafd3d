package id.sipeka.evaluasi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.sipeka.evaluasi.GrafikCapaian.Data;
import id.sipeka.evaluasi.GrafikCapaian.Seri;
import java.awt.GraphicsEnvironment;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Charts of capaian drawn headless. The samples are written to target/grafik/ for a look by eye (they are what a
 * screen shows and a document prints).
 */
class GrafikCapaianTest {

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
    void aQuarterlyChartOfKinerjaAndKeuanganIsAnA4WidePngWithBothSeriesAndTheReferenceLine() throws IOException {
        Data data = new Data("Capaian Kinerja dan Keuangan per Triwulan Tahun 2025", "Seksi Pemerintahan Umum – Kecamatan Kalaena",
                List.of("TW I", "TW II", "TW III", "TW IV"),
                List.of(new Seri("Capaian kinerja", angka("100", "85.5", "120", null)),
                        new Seri("Capaian keuangan", angka("99.33", "46.14", "6.19", null))));

        byte[] png = simpan("capaian-per-triwulan.png", GrafikCapaian.png(data));

        assertThat(GraphicsEnvironment.isHeadless()).isTrue();
        assertThat(png).isNotEmpty();
        BufferedImage gambar = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(gambar.getWidth()).isEqualTo(1600);
        assertThat(gambar.getHeight()).isEqualTo(800);
        assertThat(banyakPiksel(gambar, BIRU)).isGreaterThan(10_000);
        assertThat(banyakPiksel(gambar, KUNING)).isGreaterThan(5_000);
        assertThat(banyakPiksel(gambar, MERAH_ACUAN)).isGreaterThan(500);
    }

    @Test
    void aChartPerUnitWrapsLongUnitNamesAndCopesWithValuesAboveOneHundredAndZero() throws IOException {
        List<String> unit = List.of("Sub Bagian Perencanaan dan Kepegawaian", "Sub Bagian Umum dan Keuangan",
                "Seksi Pemerintahan Umum", "Seksi Pemberdayaan Masyarakat dan Desa", "Seksi Ketentraman dan Ketertiban Umum",
                "Seksi Pelayanan Umum");
        Data data = new Data("Capaian Kinerja dan Keuangan per Unit Kerja s/d TW II Tahun 2025", "Kecamatan Kalaena", unit,
                List.of(new Seri("Capaian kinerja", angka("92.31", "150", "75", "0", "66.67", null)),
                        new Seri("Capaian keuangan", angka("48.2", "51.75", "99.33", "12.5", null, "100"))));

        BufferedImage gambar = ImageIO.read(new ByteArrayInputStream(simpan("capaian-per-unit.png", GrafikCapaian.png(data))));

        assertThat(gambar.getWidth()).isEqualTo(1600);
        assertThat(banyakPiksel(gambar, BIRU)).isGreaterThan(10_000);
    }

    @Test
    void aSingleSeriesWithManyCategoriesTurnsItsValueLabelsUpright() throws IOException {
        List<String> kategori = List.of("Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des",
                "A", "B", "C", "D", "E", "F", "G", "H");
        List<BigDecimal> nilai = kategori.stream().map(k -> BigDecimal.valueOf(40 + (k.hashCode() % 70 + 70) % 70, 0)).toList();
        Data data = new Data("Capaian Kinerja Sub Kegiatan", kategori, List.of(new Seri("Capaian kinerja", nilai)));

        BufferedImage gambar = ImageIO.read(new ByteArrayInputStream(simpan("capaian-banyak-kategori.png", GrafikCapaian.png(data))));

        assertThat(gambar.getHeight()).isEqualTo(800);
        assertThat(banyakPiksel(gambar, KUNING)).isZero();
    }

    @Test
    void missingValuesDrawNoBarAndDoNotCrash() throws IOException {
        Data data = new Data("Belum ada realisasi", List.of("TW I", "TW II"),
                List.of(new Seri("Capaian kinerja", Arrays.asList(null, null)), new Seri("Capaian keuangan", Arrays.asList(null, null))));

        BufferedImage gambar = ImageIO.read(new ByteArrayInputStream(simpan("capaian-kosong.png", GrafikCapaian.png(data))));

        assertThat(gambar.getWidth()).isEqualTo(1600);
        // Only the legend swatches (20 × 20 px) carry the series colours: no bar was drawn.
        assertThat(banyakPiksel(gambar, BIRU)).isLessThan(500);
        assertThat(banyakPiksel(gambar, KUNING)).isLessThan(500);
        assertThat(banyakPiksel(gambar, MERAH_ACUAN)).isGreaterThan(500);
    }

    @Test
    void aSmallerChartScalesItsText() throws IOException {
        Data data = new Data("Capaian per Triwulan", List.of("TW I", "TW II", "TW III", "TW IV"),
                List.of(new Seri("Capaian kinerja", angka("100", "99.33", "70.01", "46.14"))));

        BufferedImage gambar = ImageIO.read(new ByteArrayInputStream(simpan("capaian-kecil.png", GrafikCapaian.png(data, 800, 400))));

        assertThat(gambar.getWidth()).isEqualTo(800);
        assertThat(gambar.getHeight()).isEqualTo(400);
    }

    @Test
    void theAltTextListsEveryValueTheIndonesianWay() {
        Data data = new Data("Capaian per Triwulan", "Kecamatan Kalaena", List.of("TW I", "TW II"),
                List.of(new Seri("Capaian kinerja", angka("100", null)), new Seri("Capaian keuangan", angka("99.334", "46.14"))));

        assertThat(GrafikCapaian.teksAlternatif(data)).isEqualTo("Grafik batang Capaian per Triwulan (Kecamatan Kalaena). "
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
        assertThat(GrafikCapaian.puncakSkala(100, 500, 40)).isEqualTo(120);
        assertThat(GrafikCapaian.puncakSkala(150, 500, 40)).isEqualTo(175);
        assertThat(GrafikCapaian.puncakSkala(1000, 500, 40)).isEqualTo(1200);
        assertThat(GrafikCapaian.langkah(120)).isEqualTo(20);
        assertThat(GrafikCapaian.langkah(175)).isEqualTo(25);
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
