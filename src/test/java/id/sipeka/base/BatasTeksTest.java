package id.sipeka.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class BatasTeksTest {

    @Test
    void aTextLongerThanItsColumnIsRefusedNamingTheFieldAndBothLengths() {
        assertThat(BatasTeks.masalah("x".repeat(100_000), BatasTeks.NAMA_NOMENKLATUR, "Nama"))
                .contains("Nama terlalu panjang: 100.000 karakter, paling banyak 500.");
        assertThatThrownBy(() -> BatasTeks.periksa("c".repeat(20_000), BatasTeks.CATATAN, "Catatan penting"))
                .isInstanceOf(AturanDilanggarException.class)
                .hasMessage("Catatan penting terlalu panjang: 20.000 karakter, paling banyak 1.000.");
    }

    @Test
    void aTextThatFitsPassesCountingCharactersAsTheDatabaseDoes() {
        assertThat(BatasTeks.masalah("x".repeat(500), 500, "Nama")).isEmpty();
        assertThat(BatasTeks.masalah("  " + "x".repeat(500) + "  ", 500, "Nama")).isEmpty(); // stripped on save
        assertThat(BatasTeks.masalah(null, 500, "Nama")).isEmpty();
        // 60 emoji are 120 UTF-16 units but 60 characters in a VARCHAR(60)
        assertThat(BatasTeks.masalah("\uD83D\uDE00".repeat(60), BatasTeks.SATUAN, "Satuan")).isEmpty();
        assertThat(BatasTeks.masalah("\uD83D\uDE00".repeat(61), BatasTeks.SATUAN, "Satuan")).isPresent();
    }

    @Test
    void aTextColumnTakesSixtyFiveThousandBytesOfUtf8() {
        assertThat(BatasTeks.masalahTeks("a".repeat(65_535), "Narasi")).isEmpty();
        assertThat(BatasTeks.masalahTeks("a".repeat(65_536), "Narasi")).contains(
                "Narasi terlalu panjang: 65.536 karakter (paling banyak 65.535 byte, kira-kira 65.535 huruf tanpa aksen).");
        assertThat(BatasTeks.masalahTeks("\u00e9".repeat(40_000), "Narasi")).isPresent(); // two bytes each
    }

    @Test
    void composedTextsAreShortenedToFit() {
        String potong = BatasTeks.potong("a".repeat(3000), BatasTeks.KETERANGAN);
        assertThat(BatasTeks.panjang(potong)).isEqualTo(2000);
        assertThat(potong).endsWith("…");
        assertThat(BatasTeks.potong("pendek", 2000)).isEqualTo("pendek");
    }

    @Test
    void theLengthsAreTheColumnsOfTheMigrations() throws IOException {
        assertThat(kolom("V3__create_renstra.sql", "nomenklatur", "nama")).isEqualTo(BatasTeks.NAMA_NOMENKLATUR);
        assertThat(kolom("V3__create_renstra.sql", "nomenklatur", "kode")).isEqualTo(BatasTeks.KODE);
        assertThat(kolom("V3__create_renstra.sql", "nomenklatur", "hasil")).isEqualTo(BatasTeks.HASIL);
        assertThat(kolom("V3__create_renstra.sql", "nomenklatur", "indikator")).isEqualTo(BatasTeks.INDIKATOR);
        assertThat(kolom("V3__create_renstra.sql", "nomenklatur", "satuan")).isEqualTo(BatasTeks.SATUAN);
        assertThat(kolom("V3__create_renstra.sql", "tujuan_sasaran", "uraian")).isEqualTo(BatasTeks.URAIAN);
        assertThat(kolom("V4__create_renja.sql", "renja_baris", "nama")).isEqualTo(BatasTeks.NAMA_NOMENKLATUR);
        assertThat(kolom("V4__create_renja.sql", "renja_baris", "lokasi")).isEqualTo(BatasTeks.LOKASI);
        assertThat(kolom("V4__create_renja.sql", "renja_baris", "sumber_dana")).isEqualTo(BatasTeks.SUMBER_DANA);
        assertThat(kolom("V4__create_renja.sql", "renja_baris", "catatan")).isEqualTo(BatasTeks.CATATAN);
        assertThat(kolom("V4__create_renja.sql", "renja_baris", "catatan_telaah")).isEqualTo(BatasTeks.CATATAN);
        assertThat(kolom("V4__create_renja.sql", "renja_baris", "rkpd_catatan")).isEqualTo(BatasTeks.CATATAN);
        assertThat(kolom("V4__create_renja.sql", "renja_bagian", "alasan")).isEqualTo(BatasTeks.ALASAN);
        assertThat(kolom("V4__create_renja.sql", "renja_peristiwa", "keterangan")).isEqualTo(BatasTeks.KETERANGAN);
        assertThat(kolom("V6__create_evaluasi.sql", "laporan_baris", "kendala")).isEqualTo(BatasTeks.KENDALA);
        assertThat(kolom("V6__create_evaluasi.sql", "laporan_baris", "catatan_keuangan")).isEqualTo(BatasTeks.CATATAN_KEUANGAN);
        assertThat(kolom("V6__create_evaluasi.sql", "laporan_baris", "alasan_kembali")).isEqualTo(BatasTeks.ALASAN);
        assertThat(kolom("V6__create_evaluasi.sql", "rencana_aksi_unit", "alasan")).isEqualTo(BatasTeks.ALASAN);
    }

    /** The VARCHAR length of a column in the CREATE TABLE of a migration. */
    private static int kolom(String migrasi, String tabel, String kolom) throws IOException {
        String sql = Files.readString(Path.of("src/main/resources/db/migration", migrasi));
        int awal = sql.indexOf("CREATE TABLE " + tabel + " (");
        assertThat(awal).as(tabel).isNotNegative();
        String isi = sql.substring(awal, sql.indexOf(");", awal));
        Matcher m = Pattern.compile("\\n\\s*" + kolom + "\\s+VARCHAR\\((\\d+)\\)").matcher(isi);
        assertThat(m.find()).as(tabel + "." + kolom).isTrue();
        return Integer.parseInt(m.group(1));
    }
}
