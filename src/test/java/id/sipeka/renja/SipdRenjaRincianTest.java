package id.sipeka.renja;

import static id.sipeka.renja.IndikatorLainBarisRenjaTest.INDIKATOR_2;
import static id.sipeka.renja.IndikatorLainBarisRenjaTest.SUB;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.sipeka.Masuk;
import id.sipeka.organisasi.AkunService;
import id.sipeka.organisasi.OrganisasiService;
import id.sipeka.renja.AktivitasRenjaData.AktivitasRenja;
import id.sipeka.renja.RenjaData.BarisRenja;
import id.sipeka.renja.RenjaData.UbahIndikatorLain;
import id.sipeka.renstra.ImporDitolakException;
import id.sipeka.renstra.ImporRenstraService;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.userdetails.UserDetailsService;
import tools.jackson.databind.ObjectMapper;

/**
 * Issue 13 in the SIPD Renja file: a row's further indicators are continuation rows right below it (same code, no
 * name) and its Aktivitas rows of their own code; exported and imported back unchanged they change nothing, and a
 * changed target or Aktivitas pagu in the file is applied (the row's pagu staying the sum of its Aktivitas).
 */
@SpringBootTest
class SipdRenjaRincianTest {

    /** Columns of the SIPD sheet (from 0). */
    private static final int KODE = 2;
    private static final int NAMA = 3;
    private static final int INDIKATOR = 4;
    private static final int SATUAN = 5;
    private static final int LOKASI = 6;
    private static final int TARGET = 7;
    private static final int PAGU = 8;
    private static final int TARGET_MAJU = 11;

    @Autowired
    OrganisasiService organisasi;
    @Autowired
    AkunService akun;
    @Autowired
    UserDetailsService users;
    @Autowired
    ObjectMapper json;
    @Autowired
    ImporRenstraService impor;
    @Autowired
    LayananRenja renja;
    @Autowired
    EksporSipdRenjaService eksporSipd;
    @Autowired
    ImporSipdRenjaService imporSipd;

    @AfterEach
    void keluar() {
        Masuk.keluar();
    }

    @Test
    void aRenjaWithAktivitasAndSeveralIndicatorsExportedAndImportedUnchangedKeepsEveryValue() throws IOException {
        KabupatenAktivitasUji k = KabupatenAktivitasUji.siapkan(organisasi, akun, users, true);
        long renjaId = IndikatorLainBarisRenjaTest.bukaRenja(k, users, json, impor, renja);
        // a unit's own values first, so the file carries more than the Renstra's
        Masuk.sebagai(users, k.kasiPem());
        BarisRenja b = baris(renjaId);
        renja.pengisian().simpanBaris(IndikatorLainBarisRenjaTest.ubah(b,
                new UbahIndikatorLain(2, INDIKATOR_2, new BigDecimal("2.5"), new BigDecimal("3"))));
        Masuk.sebagai(users, k.sekcam());
        List<BarisRenja> sebelum = renja.baca().baris(renjaId);
        byte[] berkas = eksporSipd.xlsx(renjaId).isi();

        try (Workbook buku = new XSSFWorkbook(new ByteArrayInputStream(berkas))) {
            Sheet sheet = buku.getSheet("Renja SIPD");
            int r = barisKode(sheet, SUB);
            assertThat(teks(sheet.getRow(r), NAMA)).isEqualTo("Penyusunan Dokumen Perencanaan");
            Row lanjutan = sheet.getRow(r + 1);
            assertThat(teks(lanjutan, KODE)).isEqualTo(SUB);
            assertThat(lanjutan.getCell(NAMA)).isNull();
            assertThat(teks(lanjutan, INDIKATOR)).isEqualTo(INDIKATOR_2);
            assertThat(teks(lanjutan, SATUAN)).isEqualTo("Desa");
            assertThat(lanjutan.getCell(TARGET).getNumericCellValue()).isEqualTo(2.5);
            assertThat(lanjutan.getCell(TARGET_MAJU).getNumericCellValue()).isEqualTo(3);
            Row akt1 = sheet.getRow(r + 2);
            assertThat(teks(akt1, KODE)).isEqualTo(SUB + ".1");
            assertThat(teks(akt1, NAMA)).isEqualTo("Rapat koordinasi penyusunan");
            assertThat(akt1.getCell(TARGET).getNumericCellValue()).as("volume").isEqualTo(4);
            assertThat(teks(akt1, SATUAN)).isEqualTo("Kali");
            assertThat(teks(akt1, LOKASI)).isEqualTo("Kecamatan " + k.kecamatan().nama());
            assertThat(akt1.getCell(PAGU).getNumericCellValue()).isEqualTo(4_250_000);
            assertThat(teks(sheet.getRow(r + 3), KODE)).isEqualTo(SUB + ".2");
        }

        assertThat(imporSipd.impor(renjaId, new ByteArrayInputStream(berkas))).isZero();

        assertThat(renja.baca().baris(renjaId)).isEqualTo(sebelum);
    }

    @Test
    void aFileThatChangesAFurtherIndicatorTargetAndAnAktivitasPaguIsApplied() throws IOException {
        KabupatenAktivitasUji k = KabupatenAktivitasUji.siapkan(organisasi, akun, users, true);
        long renjaId = IndikatorLainBarisRenjaTest.bukaRenja(k, users, json, impor, renja);
        byte[] asli = eksporSipd.xlsx(renjaId).isi();
        byte[] ubahan = ubah(asli, sheet -> {
            int r = barisKode(sheet, SUB);
            sheet.getRow(r + 1).getCell(TARGET).setCellValue(7);
            sheet.getRow(r + 2).getCell(PAGU).setCellValue(5_000_000);
        });

        assertThat(imporSipd.impor(renjaId, new ByteArrayInputStream(ubahan))).isEqualTo(1);

        BarisRenja b = baris(renjaId);
        assertThat(b.indikatorLain().getFirst().target()).isEqualByComparingTo("7");
        assertThat(b.indikatorLain().getFirst().targetMaju()).as("unchanged").isEqualByComparingTo("2");
        assertThat(b.aktivitas()).extracting(AktivitasRenja::pagu).containsExactly(5_000_000L, 3_100_000L);
        assertThat(b.pagu()).as("the sum of its Aktivitas").isEqualTo(5_000_000L + 3_100_000L);

        // a wrong number in a continuation row is refused by its sheet row and column, and nothing changes
        byte[] buruk = ubah(asli, sheet -> sheet.getRow(barisKode(sheet, SUB) + 1).getCell(TARGET).setCellValue(-1));
        assertThatThrownBy(() -> imporSipd.impor(renjaId, new ByteArrayInputStream(buruk)))
                .isInstanceOfSatisfying(ImporDitolakException.class, e -> assertThat(e.masalah()).anySatisfy(m -> {
                    assertThat(m.kolom()).startsWith("H (Target");
                    assertThat(m.alasan()).contains("Target indikator ke-2");
                }));
        assertThat(baris(renjaId).indikatorLain().getFirst().target()).isEqualByComparingTo("7");
    }

    private BarisRenja baris(long renjaId) {
        return renja.baca().baris(renjaId).stream().filter(x -> x.kode().equals(SUB)).findFirst().orElseThrow();
    }

    /** The first row (from 0) whose code cell is {@code kode}: the sub kegiatan's own. */
    private static int barisKode(Sheet sheet, String kode) {
        for (Row row : sheet) {
            if (kode.equals(teks(row, KODE))) {
                return row.getRowNum();
            }
        }
        throw new AssertionError("no row " + kode);
    }

    private static String teks(Row row, int kolom) {
        Cell c = row.getCell(kolom);
        return c == null ? null : c.getStringCellValue();
    }

    private static byte[] ubah(byte[] xlsx, Consumer<Sheet> ubah) throws IOException {
        try (Workbook buku = new XSSFWorkbook(new ByteArrayInputStream(xlsx)); ByteArrayOutputStream keluar = new ByteArrayOutputStream()) {
            ubah.accept(buku.getSheet("Renja SIPD"));
            buku.write(keluar);
            return keluar.toByteArray();
        }
    }
}
