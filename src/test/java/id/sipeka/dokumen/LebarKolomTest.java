package id.sipeka.dokumen;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A narrow column keeps its longest word and code whole (users found "Kecamata n", "Perubaha n" and
 * "7.01.05.2.01.000 8" in printed tables): widths never go below the longest word, and the PDF's text shows them
 * unbroken.
 */
class LebarKolomTest {

    private static final String KODE = "7.01.05.2.01.0008";

    private static Tabel sempit() {
        return new Tabel("Tabel 1", "Uji", List.of(List.of(SelKepala.of("Kode"), SelKepala.of("Perubahan"),
                SelKepala.of("Uraian"))), List.of(BarisTabel.biasa(Sel.teks(KODE), Sel.teks("Kecamatan"),
                Sel.teks("Pelaksanaan tugas forum koordinasi pimpinan di kecamatan"))), List.of(1, 1, 20), false);
    }

    @Test
    void aNarrowColumnGetsItsLongestWordAndTheWideOneGivesItUp() {
        double[] lebar = LebarKolom.persen(sempit());
        double halamanPt = 167 * 72 / 25.4;
        assertThat(lebar[0] * halamanPt / 100).isGreaterThan(FontDokumen.lebarPt(KODE, false, 7f) + 5);
        assertThat(lebar[1] * halamanPt / 100).isGreaterThan(FontDokumen.lebarPt("Perubahan", true, 7f) + 5);
        assertThat(lebar[2]).isLessThan(100 * 20 / 22.0);
        assertThat(Arrays.stream(lebar).sum()).isCloseTo(100, org.assertj.core.data.Offset.offset(0.001));
        assertThat(HtmlDokumen.lebarPersen(sempit()).stream().mapToInt(Integer::intValue).sum()).isEqualTo(100);
    }

    @Test
    void wideEnoughColumnsKeepTheirRelativeWidths() {
        Tabel lega = new Tabel("", "Uji", List.of(List.of(SelKepala.of("A"), SelKepala.of("B"))),
                List.of(BarisTabel.biasa(Sel.teks("x"), Sel.teks("y"))), List.of(1, 3), false);
        assertThat(LebarKolom.persen(lega)).containsExactly(25.0, 75.0);
    }

    @Test
    void thePrintedTableShowsTheCodeAndTheWordsWhole() {
        Dokumen d = new Dokumen("Uji lebar kolom", ContohDokumen.metadata(1, "Rancangan"), Sampul.of("UJI"),
                List.of(new Bab("I", "TABEL", List.of(Bagian.of("", "", sempit())))), true);
        String teks = PeriksaDokumen.teks(PdfDokumen.tulis(d, null));
        assertThat(teks).contains(KODE, "Perubahan", "Kecamatan");
    }
}
