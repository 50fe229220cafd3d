package id.sipeka.renja;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.sipeka.Masuk;
import id.sipeka.base.AturanDilanggarException;
import id.sipeka.base.DataTidakDitemukanException;
import id.sipeka.evaluasi.KecamatanSeed003;
import id.sipeka.evaluasi.PenyiapSeed003;
import id.sipeka.organisasi.OrganisasiService;
import id.sipeka.renja.RenjaData.BarisRenja;
import id.sipeka.renja.RenjaData.BerkasDokumen;
import id.sipeka.renja.RenjaData.UbahBarisRenja;
import id.sipeka.renstra.ImporDitolakException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
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
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The Renja in SIPD-RI's layout on MariaDB: exported at its stage, imported back into the draft with every row as it
 * was, refused whole when a cell is wrong, and only by the kecamatan's sekcam.
 */
@SpringBootTest
class SipdRenjaTest {

    private static final int JUDUL = 5;

    @Autowired
    PenyiapSeed003 penyiap;
    @Autowired
    LayananRenja renja;
    @Autowired
    EksporSipdRenjaService ekspor;
    @Autowired
    ImporSipdRenjaService impor;
    @Autowired
    OrganisasiService organisasi;
    @Autowired
    UserDetailsService users;

    @AfterEach
    void keluar() {
        Masuk.keluar();
    }

    @Test
    void aDraftRenjaExportedInSipdLayoutImportsBackWithEveryRowIdentical() throws IOException {
        KecamatanSeed003 k = penyiap.siapkanTanpaRencanaAksi();
        long id = bukaDraf(k);
        isi(k, id, "A", 0);
        Masuk.sebagai(users, k.sekcam());
        List<List<Object>> sebelum = isiBaris(id);
        BerkasDokumen berkas = ekspor.xlsx(id);
        assertThat(berkas.namaBerkas()).endsWith("-Rancangan.xlsx");

        try (Workbook buku = new XSSFWorkbook(new ByteArrayInputStream(berkas.isi()))) {
            Sheet sheet = buku.getSheet("Renja SIPD");
            assertThat(sheet.getRow(2).getCell(1).getNumericCellValue()).isEqualTo(2027);
            assertThat(sheet.getRow(3).getCell(1).getStringCellValue()).isEqualTo("Rancangan – Penyusunan bagian");
            assertThat(sheet.getRow(JUDUL).getCell(7).getStringCellValue()).isEqualTo("Target Capaian Kinerja Tahun 2027");
            // a program's pagu is the sum of its sub kegiatan rows, summed here from the rows as stored
            Masuk.sebagai(users, k.sekcam());
            long program = renja.baca().baris(id).stream().filter(b -> b.kode().startsWith("7.01.05."))
                    .mapToLong(BarisRenja::pagu).sum();
            assertThat((long) baris(sheet, "7.01.05").getCell(8).getNumericCellValue()).isEqualTo(program);
            assertThat(baris(sheet, "7.01.05").getCell(9)).isNull(); // no sumber dana on a program row
        }

        isi(k, id, "B", 7); // the rows change after the export
        Masuk.sebagai(users, k.sekcam());
        assertThat(isiBaris(id)).isNotEqualTo(sebelum);

        assertThat(impor.impor(id, new ByteArrayInputStream(berkas.isi()))).isEqualTo(3);
        assertThat(isiBaris(id)).isEqualTo(sebelum);
        // the same file again changes nothing
        assertThat(impor.impor(id, new ByteArrayInputStream(berkas.isi()))).isZero();
    }

    @Test
    void theDitetapkanRenjaExportsWithItsStageAndRefusesAnImport() throws IOException {
        KecamatanSeed003 k = penyiap.siapkanTanpaRencanaAksi();
        Masuk.sebagai(users, k.camat());
        BerkasDokumen berkas = ekspor.xlsx(k.renjaId());
        assertThat(berkas.namaBerkas()).endsWith("-Ditetapkan.xlsx");
        try (Workbook buku = new XSSFWorkbook(new ByteArrayInputStream(berkas.isi()))) {
            Sheet sheet = buku.getSheet("Renja SIPD");
            assertThat(sheet.getRow(3).getCell(1).getStringCellValue()).isEqualTo("Ditetapkan");
            assertThat(baris(sheet, KecamatanSeed003.FORUM).getCell(9).getStringCellValue()).isEqualTo("APBD");
            assertThat((long) baris(sheet, KecamatanSeed003.FORUM).getCell(8).getNumericCellValue()).isEqualTo(22_571_000L);
        }

        Masuk.sebagai(users, k.sekcam());
        assertThatThrownBy(() -> impor.impor(k.renjaId(), new ByteArrayInputStream(berkas.isi())))
                .isInstanceOf(AturanDilanggarException.class).isNotInstanceOf(ImporDitolakException.class)
                .hasMessageContaining("masih rancangan").hasMessageContaining("Ditetapkan");
    }

    @Test
    void aWrongCodeTextInANumberColumnOrANegativePaguIsRefusedWithItsPlaceAndNothingIsStored() throws IOException {
        KecamatanSeed003 k = penyiap.siapkanTanpaRencanaAksi();
        long id = bukaDraf(k);
        isi(k, id, "A", 0);
        Masuk.sebagai(users, k.sekcam());
        byte[] baik = ekspor.xlsx(id).isi();
        isi(k, id, "B", 7);
        Masuk.sebagai(users, k.sekcam());
        List<List<Object>> sebelum = isiBaris(id);
        byte[] buruk = ubah(baik, sheet -> {
            baris(sheet, KecamatanSeed003.FORUM).getCell(2).setCellValue("7.01.05.2.01.9999");
            baris(sheet, KecamatanSeed003.PERDES).getCell(7).setCellValue("dua belas");
            baris(sheet, KecamatanSeed003.LAIN).getCell(8).setCellValue(-5);
        });
        int barisForum = nomor(baik, KecamatanSeed003.FORUM);
        int barisPerdes = nomor(baik, KecamatanSeed003.PERDES);
        int barisLain = nomor(baik, KecamatanSeed003.LAIN);

        assertThatThrownBy(() -> impor.impor(id, new ByteArrayInputStream(buruk)))
                .isInstanceOfSatisfying(ImporDitolakException.class, e -> {
                    assertThat(e.getMessage()).contains("Tidak ada data yang disimpan");
                    assertThat(e.masalah()).hasSize(3).allSatisfy(m -> assertThat(m.lembar()).isEqualTo("Renja SIPD"));
                    assertThat(e.masalah()).anyMatch(m -> m.baris() == barisForum
                            && m.kolom().equals("C (Kode Program/Kegiatan/Sub Kegiatan)")
                            && m.alasan().contains("7.01.05.2.01.9999") && m.alasan().contains("tidak ada dalam Renja"));
                    assertThat(e.masalah()).anyMatch(m -> m.baris() == barisPerdes
                            && m.kolom().equals("H (Target Capaian Kinerja Tahun 2027)")
                            && m.alasan().equals("\"dua belas\" bukan angka."));
                    assertThat(e.masalah()).anyMatch(m -> m.baris() == barisLain
                            && m.kolom().equals("I (Pagu Indikatif Tahun 2027 (Rp))") && m.alasan().contains("negatif"));
                });
        assertThatThrownBy(() -> impor.impor(id, new ByteArrayInputStream(new byte[] {1, 2, 3})))
                .isInstanceOfSatisfying(ImporDitolakException.class,
                        e -> assertThat(e.masalah().getFirst().alasan()).contains("tidak dapat dibaca sebagai XLSX"));
        assertThat(isiBaris(id)).isEqualTo(sebelum);
    }

    @Test
    void onlyTheSekcamOfTheKecamatanImportsAndAnotherKecamatanCannotExport() throws IOException {
        KecamatanSeed003 k = penyiap.siapkanTanpaRencanaAksi();
        long id = bukaDraf(k);
        Masuk.sebagai(users, k.kasi());
        byte[] sipd = ekspor.xlsx(id).isi(); // a kasi reads the Renja of the kecamatan
        assertThat(impor.bolehImpor(id)).isFalse();
        assertThatThrownBy(() -> impor.impor(id, new ByteArrayInputStream(sipd))).isInstanceOf(AccessDeniedException.class);

        Masuk.sebagai(users, "sekcam"); // Kalaena's sekcam
        assertThatThrownBy(() -> impor.impor(id, new ByteArrayInputStream(sipd)))
                .isInstanceOfAny(AccessDeniedException.class, DataTidakDitemukanException.class);
        Masuk.sebagai(users, "wasuponda.kasi");
        assertThatThrownBy(() -> ekspor.xlsx(id)).isInstanceOfAny(AccessDeniedException.class, DataTidakDitemukanException.class);

        Masuk.sebagai(users, k.sekcam());
        assertThat(impor.bolehImpor(id)).isTrue();
        assertThat(impor.impor(id, new ByteArrayInputStream(sipd))).isZero();
    }

    // ---- helpers ----

    private long bukaDraf(KecamatanSeed003 k) {
        Masuk.sebagai(users, k.sekcam());
        return renja.pembukaan().buka(k.kecamatanId(), 2027, RenjaUji.batasDari(LocalDate.now())).id();
    }

    /** Each unit head fills every row of the unit with values marked by {@code tanda}. */
    private void isi(KecamatanSeed003 k, long id, String tanda, int geser) {
        Masuk.sebagai(users, "admin");
        String kecamatan = "Kecamatan " + organisasi.kecamatan(k.kecamatanId()).nama();
        int i = geser;
        for (var kepala : List.of(List.of(k.kasi(), String.valueOf(k.pem())), List.of(k.kepalaLain(), String.valueOf(k.lain())))) {
            Masuk.sebagai(users, kepala.get(0));
            for (BarisRenja b : renja.baca().barisUnit(id, Long.parseLong(kepala.get(1)))) {
                i++;
                renja.pengisian().simpanBaris(new UbahBarisRenja(b.id(), b.version(), "Indikator " + tanda + " " + b.kode(),
                        // the first row's target has more digits than an Excel number holds
                        tanda.equals("A") && i == geser + 1 ? new BigDecimal("123456789012345.1234") : new BigDecimal("12.5").add(BigDecimal.valueOf(i)),
                        i % 2 == 0 ? kecamatan : "Desa Argomulyo, Desa Sumber Makmur",
                        20_000_000L + i, tanda.equals("A") ? "APBD" : "DAU, PAD", "Catatan " + tanda, new BigDecimal("13.25").add(BigDecimal.valueOf(i)),
                        21_000_000L + i));
            }
        }
    }

    /** Every field of every row (as the sekcam reads them), numbers by value. */
    private List<List<Object>> isiBaris(long id) {
        return renja.baca().baris(id).stream().map(b -> List.<Object>of(b.id(), b.kode(), b.nama(), b.unitKerjaId(),
                String.valueOf(b.indikator()), String.valueOf(b.satuan()), angka(b.target()), String.valueOf(b.lokasi()),
                String.valueOf(b.pagu()), String.valueOf(b.sumberDana()), String.valueOf(b.catatan()), angka(b.targetMaju()),
                String.valueOf(b.paguMaju()))).toList();
    }

    private static String angka(BigDecimal b) {
        return b == null ? "-" : b.stripTrailingZeros().toPlainString();
    }

    private static Row baris(Sheet sheet, String kode) {
        for (int r = JUDUL + 1; r <= sheet.getLastRowNum(); r++) {
            Cell c = sheet.getRow(r).getCell(2);
            if (c != null && c.getStringCellValue().equals(kode)) {
                return sheet.getRow(r);
            }
        }
        throw new IllegalArgumentException(kode);
    }

    private static int nomor(byte[] xlsx, String kode) throws IOException {
        try (Workbook buku = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            return baris(buku.getSheet("Renja SIPD"), kode).getRowNum() + 1;
        }
    }

    private static byte[] ubah(byte[] asli, Consumer<Sheet> ubah) throws IOException {
        try (Workbook buku = new XSSFWorkbook(new ByteArrayInputStream(asli)); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ubah.accept(buku.getSheet("Renja SIPD"));
            buku.write(out);
            return out.toByteArray();
        }
    }
}
