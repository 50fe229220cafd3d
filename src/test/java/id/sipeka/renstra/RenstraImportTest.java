package id.sipeka.renstra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.sipeka.organisasi.OrganisasiData.KecamatanData;
import id.sipeka.organisasi.OrganisasiService;
import id.sipeka.renstra.RenstraData.BarisRenstra;
import id.sipeka.renstra.RenstraData.RenstraLengkap;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.io.ClassPathResource;
import org.springframework.security.test.context.support.WithUserDetails;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ObjectNode;

/** The Renstra import on MariaDB: a good file, each kind of bad file, and all-or-nothing. */
@SpringBootTest
@WithUserDetails("admin")
class RenstraImportTest {

    private static final long TOTAL_2025 = 2_627_973_004L;
    private static final long TOTAL_2025_2029 = 17_061_154_008L;

    @Autowired
    RenstraService renstra;
    @Autowired
    ImporRenstraService impor;
    @Autowired
    OrganisasiService organisasi;
    @Autowired
    ObjectMapper json;

    KecamatanData kecamatan;

    @BeforeEach
    void kecamatanBaru() {
        kecamatan = UjiKecamatan.buat(organisasi);
    }

    @Test
    void aGoodJsonFileStoresTheWholeRenstraWithTotalsComputedFromSubKegiatan() throws IOException {
        HasilImpor hasil = impor.imporJson(kecamatan.id(), kalaena());

        assertThat(hasil.jumlahProgram()).isEqualTo(6);
        assertThat(hasil.jumlahKegiatan()).isEqualTo(15);
        assertThat(hasil.jumlahSubKegiatan()).isEqualTo(44);
        assertThat(hasil.jumlahTujuanSasaran()).isEqualTo(3);
        RenstraLengkap r = renstra.lengkap(hasil.renstraId());
        assertThat(r.totalPagu().get(2025)).isEqualTo(TOTAL_2025);
        assertThat(r.totalPeriode()).isEqualTo(TOTAL_2025_2029);
        assertThat(baris(r, "7.01.06").pagu().get(2027)).isEqualTo(42_086_081L);
        assertThat(baris(r, "7.01.06.2.01.0017").unitNama()).isEqualTo("Unit SEKSI-PEM");
        assertThat(r.tujuanSasaran()).extracting(RenstraData.BarisTujuanSasaran::kode).containsExactly("T1", "T1.S1", "T1.S2");
    }

    @Test
    void aPrintedPaguThatDiffersFromTheSumIsOnlyWarnedAboutAndTheSumIsKept() throws IOException {
        HasilImpor hasil = impor.imporJson(kecamatan.id(), kalaena());

        assertThat(hasil.peringatan()).hasSize(2);
        assertThat(hasil.peringatan()).allSatisfy(p -> {
            assertThat(p.kolom()).isEqualTo("pagu.2027");
            assertThat(p.alasan()).contains("Rp 42.086.082").contains("Rp 42.086.081");
        });
        assertThat(hasil.peringatan()).extracting(MasalahImpor::alasan)
                .anyMatch(a -> a.contains("7.01.06.2.01 ")).anyMatch(a -> a.contains("7.01.06 "));
    }

    @Test
    void theDownloadedTemplateImportsBackToTheSameRenstra() throws IOException {
        impor.imporJson(kecamatan.id(), kalaena());
        byte[] xlsx = impor.templateXlsx(kecamatan.id(), 2025, 2029);
        KecamatanData lain = UjiKecamatan.buat(organisasi);

        HasilImpor hasil = impor.imporXlsx(lain.id(), new ByteArrayInputStream(xlsx));

        assertThat(hasil.peringatan()).isEmpty();
        RenstraLengkap r = renstra.lengkap(hasil.renstraId());
        assertThat(r.jumlah(Tingkat.SUB_KEGIATAN)).isEqualTo(44);
        assertThat(r.totalPagu().get(2025)).isEqualTo(TOTAL_2025);
        assertThat(r.totalPeriode()).isEqualTo(TOTAL_2025_2029);
        assertThat(baris(r, "7.01.01.2.02.0001").target().get(2025)).isEqualByComparingTo("29");
        assertThat(r.tujuanSasaran().get(1).target().get(2025)).isEqualByComparingTo("70.01");
    }

    @Test
    void aBadXlsxIsRejectedWithEveryProblemByRowAndColumnAndNothingIsStored() throws IOException {
        impor.imporJson(kecamatan.id(), kalaena());
        byte[] baik = impor.templateXlsx(kecamatan.id(), 2025, 2029);
        KecamatanData kosong = UjiKecamatan.buat(organisasi);
        byte[] buruk = ubahXlsx(baik, sheet -> {
            sel(sheet, 3, "Kode").setCellValue("7.1.01.2.01.0002");          // wrong code format (row 4)
            sel(sheet, 4, "Target 2026").setCellValue("dua belas");          // text in a number column (row 5)
            sel(sheet, 5, "Unit").setCellValue("SEKSI-XYZ");                 // unknown unit (row 6)
            sel(sheet, 6, "Kode").setCellValue("7.01.01.2.01.0002");         // duplicate of row 5
        });

        assertThatThrownBy(() -> impor.imporXlsx(kosong.id(), new ByteArrayInputStream(buruk)))
                .isInstanceOfSatisfying(ImporDitolakException.class, e -> {
                    assertThat(e.getMessage()).contains("Tidak ada data yang disimpan");
                    assertThat(e.masalah()).extracting(MasalahImpor::baris).contains(4, 5, 6, 7);
                    assertThat(e.masalah()).anyMatch(m -> m.baris() == 4 && m.kolom().startsWith("A (Kode")
                            && m.alasan().contains("tidak sesuai format"));
                    assertThat(e.masalah()).anyMatch(m -> m.baris() == 5 && m.kolom().contains("Target 2026")
                            && m.alasan().equals("\"dua belas\" bukan angka."));
                    assertThat(e.masalah()).anyMatch(m -> m.baris() == 6 && m.kolom().contains("Unit")
                            && m.alasan().contains("SEKSI-XYZ"));
                    assertThat(e.masalah()).anyMatch(m -> m.baris() == 7 && m.alasan().contains("ganda")
                            && m.alasan().contains("baris 5"));
                });
        assertThat(renstra.daftar(kosong.id())).isEmpty();
    }

    @Test
    void importingTheSamePeriodAgainReplacesItsRowsAndTotals() throws IOException {
        long pertama = impor.imporJson(kecamatan.id(), kalaena()).renstraId();
        RenstraLengkap awal = renstra.lengkap(pertama);
        // the same file again (its years without target or pagu included) changes nothing
        assertThat(impor.imporJson(kecamatan.id(), kalaena()).renstraId()).isEqualTo(pertama);
        assertThat(renstra.lengkap(pertama)).isEqualTo(awal);

        JsonNode file = kalaena();
        ObjectNode sub = (ObjectNode) file.get("nomenklatur").get(2); // 7.01.01.2.01.0001, 2025: Rp 15.103.000
        ((ObjectNode) sub.get("pagu")).put("2025", 16_103_000L);
        ((ObjectNode) sub.get("target")).put("2026", 3);
        sub.put("nama", "Penyusunan Dokumen Perencanaan Perangkat Daerah (diubah)");
        HasilImpor kedua = impor.imporJson(kecamatan.id(), file);

        assertThat(kedua.renstraId()).isEqualTo(pertama);
        RenstraLengkap r = renstra.lengkap(pertama);
        assertThat(r.jumlah(Tingkat.SUB_KEGIATAN)).isEqualTo(44);
        assertThat(r.totalPagu().get(2025)).isEqualTo(TOTAL_2025 + 1_000_000L);
        assertThat(r.totalPeriode()).isEqualTo(TOTAL_2025_2029 + 1_000_000L);
        assertThat(baris(r, "7.01.01.2.01.0001").nama()).endsWith("(diubah)");
        assertThat(baris(r, "7.01.01.2.01.0001").target().get(2026)).isEqualByComparingTo("3");
        assertThat(renstra.daftar(kecamatan.id())).hasSize(1);
    }

    @Test
    void oneBadRowLeavesTheExistingRenstraExactlyAsItWas() throws IOException {
        impor.imporJson(kecamatan.id(), kalaena());
        RenstraLengkap sebelum = renstra.terbaru(kecamatan.id()).orElseThrow();
        JsonNode file = kalaena();
        ObjectNode terakhir = (ObjectNode) file.get("nomenklatur").get(64);
        terakhir.put("nama", "Diubah");                                  // a good change ...
        ((ObjectNode) file.get("nomenklatur").get(63)).put("unit", "TIDAK-ADA"); // ... next to a bad row

        assertThatThrownBy(() -> impor.imporJson(kecamatan.id(), file)).isInstanceOf(ImporDitolakException.class);

        RenstraLengkap sesudah = renstra.terbaru(kecamatan.id()).orElseThrow();
        assertThat(sesudah).isEqualTo(sebelum);
    }

    @Test
    void aFileThatIsNotASpreadsheetIsRejectedWithAClearMessage() {
        assertThatThrownBy(() -> impor.imporXlsx(kecamatan.id(), new ByteArrayInputStream("bukan excel".getBytes())))
                .isInstanceOfSatisfying(ImporDitolakException.class, e -> assertThat(e.masalah())
                        .extracting(MasalahImpor::alasan).containsExactly(
                                "Berkas tidak dapat dibaca sebagai XLSX (rusak, terkunci sandi, atau bukan berkas Excel)."));
        assertThat(renstra.daftar(kecamatan.id())).isEmpty();
    }

    @Test
    void aJsonFileWithBadRowsNamesEachRowAndField() throws IOException {
        JsonNode file = kalaena();
        ((ObjectNode) file.get("nomenklatur").get(2).get("pagu")).put("2026", "banyak");
        ((ObjectNode) file.get("nomenklatur").get(3)).put("kode", "7.01.01.2.01.0001");
        ((ObjectNode) file.get("nomenklatur").get(4)).put("polaritas", "KE ATAS");

        assertThatThrownBy(() -> impor.imporJson(kecamatan.id(), file))
                .isInstanceOfSatisfying(ImporDitolakException.class, e -> assertThat(e.masalah()).containsExactly(
                        new MasalahImpor("Nomenklatur", 3, "pagu.2026", "\"banyak\" bukan angka."),
                        new MasalahImpor("Nomenklatur", 4, "kode", "kode \"7.01.01.2.01.0001\" ganda (sudah ada di baris 3)."),
                        new MasalahImpor("Nomenklatur", 5, "polaritas", "\"KE ATAS\" bukan pilihan yang sah (NAIK, TURUN).")));
        assertThat(renstra.daftar(kecamatan.id())).isEmpty();
    }

    @Test
    void aPeriodOfSixYearsIsRejected() throws IOException {
        ObjectNode file = (ObjectNode) kalaena();
        file.put("tahunAkhir", 2030);

        assertThatThrownBy(() -> impor.imporJson(kecamatan.id(), file)).isInstanceOf(ImporDitolakException.class)
                .hasMessageContaining("masalah");
    }

    @Test
    void aJsonPaguOfLongMaxValueIsRefusedNamingRowAndFieldAndNothingIsStored() throws IOException {
        JsonNode file = kalaena();
        ((ObjectNode) file.get("nomenklatur").get(2).get("pagu")).put("2026", Long.MAX_VALUE);

        assertThatThrownBy(() -> impor.imporJson(kecamatan.id(), file))
                .isInstanceOfSatisfying(ImporDitolakException.class, e -> assertThat(e.masalah()).containsExactly(
                        new MasalahImpor("Nomenklatur", 3, "pagu.2026",
                                "Pagu 2026 terlalu besar: paling banyak Rp 999.999.999.999.999.")));
        assertThat(renstra.daftar(kecamatan.id())).isEmpty();
    }

    @Test
    void aJsonPaguOfTenToTheThirtyIsRefusedInsteadOfAnArithmeticError() throws IOException {
        JsonNode file = kalaena();
        ((ObjectNode) file.get("nomenklatur").get(2).get("pagu")).put("2027", new java.math.BigDecimal("1E+30"));
        ((ObjectNode) file.get("nomenklatur").get(0).get("pagu")).put("2025", new java.math.BigDecimal("1E+30"));

        assertThatThrownBy(() -> impor.imporJson(kecamatan.id(), file))
                .isInstanceOfSatisfying(ImporDitolakException.class, e -> assertThat(e.masalah()).containsExactlyInAnyOrder(
                        new MasalahImpor("Nomenklatur", 1, "pagu.2025",
                                "Pagu 2025 terlalu besar: paling banyak Rp 999.999.999.999.999."),
                        new MasalahImpor("Nomenklatur", 3, "pagu.2027",
                                "Pagu 2027 terlalu besar: paling banyak Rp 999.999.999.999.999.")));
        assertThat(renstra.daftar(kecamatan.id())).isEmpty();
    }

    @Test
    void aJsonTargetOfTenToTheThreeHundredEightOrOfFourHundredDigitsIsRefusedNamingRowAndField() throws IOException {
        JsonNode file = kalaena();
        ((ObjectNode) file.get("nomenklatur").get(2).get("target")).put("2026", new java.math.BigDecimal("1E+308"));
        ((ObjectNode) file.get("tujuanSasaran").get(1).get("target")).put("2025", new java.math.BigDecimal("9".repeat(400)));

        assertThatThrownBy(() -> impor.imporJson(kecamatan.id(), file))
                .isInstanceOfSatisfying(ImporDitolakException.class, e -> assertThat(e.masalah()).containsExactly(
                        new MasalahImpor("Nomenklatur", 3, "target.2026",
                                "Target 2026 terlalu besar: paling banyak 999.999.999.999.999,9999."),
                        new MasalahImpor("Tujuan dan Sasaran", 2, "target.2025",
                                "Target 2025 terlalu besar: paling banyak 999.999.999.999.999,9999.")));
        assertThat(renstra.daftar(kecamatan.id())).isEmpty();
    }

    @Test
    void aJsonNameOfAHundredThousandCharactersIsRefusedNamingRowAndFieldAndNothingIsStored() throws IOException {
        impor.imporJson(kecamatan.id(), kalaena());
        RenstraLengkap sebelum = renstra.terbaru(kecamatan.id()).orElseThrow();
        JsonNode file = kalaena();
        ((ObjectNode) file.get("nomenklatur").get(2)).put("nama", "N".repeat(100_000));
        ((ObjectNode) file.get("nomenklatur").get(3)).put("satuan", "S".repeat(61));
        ((ObjectNode) file.get("tujuanSasaran").get(0)).put("uraian", "U".repeat(1001));

        assertThatThrownBy(() -> impor.imporJson(kecamatan.id(), file))
                .isInstanceOfSatisfying(ImporDitolakException.class, e -> assertThat(e.masalah()).containsExactly(
                        new MasalahImpor("Nomenklatur", 3, "nama", "Nama terlalu panjang: 100.000 karakter, paling banyak 500."),
                        new MasalahImpor("Nomenklatur", 4, "satuan", "Satuan terlalu panjang: 61 karakter, paling banyak 60."),
                        new MasalahImpor("Tujuan dan Sasaran", 1, "uraian",
                                "Uraian terlalu panjang: 1.001 karakter, paling banyak 1.000.")));
        assertThat(renstra.terbaru(kecamatan.id()).orElseThrow()).isEqualTo(sebelum);
    }

    @Test
    void anXlsxWithHugePaguTargetOrNameIsRefusedNamingSheetRowAndColumnAndNothingIsStored() throws IOException {
        impor.imporJson(kecamatan.id(), kalaena());
        byte[] baik = impor.templateXlsx(kecamatan.id(), 2025, 2029);
        KecamatanData kosong = UjiKecamatan.buat(organisasi);
        byte[] buruk = ubahXlsx(baik, sheet -> {
            sel(sheet, 3, "Pagu 2026").setCellValue(String.valueOf(Long.MAX_VALUE)); // row 4, as text
            sel(sheet, 4, "Pagu 2027").setCellValue(1e30);                           // row 5, as an Excel number
            sel(sheet, 5, "Target 2025").setCellValue(1e308);                        // row 6
            sel(sheet, 6, "Nama").setCellValue("N".repeat(32_767));                   // row 7, the most a cell holds
        });

        assertThatThrownBy(() -> impor.imporXlsx(kosong.id(), new ByteArrayInputStream(buruk)))
                .isInstanceOfSatisfying(ImporDitolakException.class, e -> {
                    assertThat(e.masalah()).hasSize(4);
                    assertThat(e.masalah()).anyMatch(m -> m.lembar().equals("Nomenklatur") && m.baris() == 4
                            && m.kolom().contains("Pagu 2026")
                            && m.alasan().equals("Pagu 2026 terlalu besar: paling banyak Rp 999.999.999.999.999."));
                    assertThat(e.masalah()).anyMatch(m -> m.baris() == 5 && m.kolom().contains("Pagu 2027")
                            && m.alasan().equals("Pagu 2027 terlalu besar: paling banyak Rp 999.999.999.999.999."));
                    assertThat(e.masalah()).anyMatch(m -> m.baris() == 6 && m.kolom().contains("Target 2025")
                            && m.alasan().equals("Target 2025 terlalu besar: paling banyak 999.999.999.999.999,9999."));
                    assertThat(e.masalah()).anyMatch(m -> m.baris() == 7 && m.kolom().contains("Nama")
                            && m.alasan().equals("Nama terlalu panjang: 32.767 karakter, paling banyak 500."));
                });
        assertThat(renstra.daftar(kosong.id())).isEmpty();
    }

    private JsonNode kalaena() throws IOException {
        try (InputStream in = new ClassPathResource("demo/renstra-kalaena-2025-2029.json").getInputStream()) {
            return json.readTree(in);
        }
    }

    private static BarisRenstra baris(RenstraLengkap r, String kode) {
        return r.semuaBaris().stream().filter(b -> b.kode().equals(kode)).findFirst().orElseThrow();
    }

    private static byte[] ubahXlsx(byte[] asli, java.util.function.Consumer<Sheet> ubah) throws IOException {
        try (Workbook buku = new XSSFWorkbook(new ByteArrayInputStream(asli)); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ubah.accept(buku.getSheet("Nomenklatur"));
            buku.write(out);
            return out.toByteArray();
        }
    }

    /** The cell of a 0-based row under the header whose label starts with the given text. */
    private static org.apache.poi.ss.usermodel.Cell sel(Sheet sheet, int baris, String judul) {
        Row kepala = sheet.getRow(0);
        for (var c : kepala) {
            if (c.getStringCellValue().startsWith(judul)) {
                Row row = sheet.getRow(baris);
                var cell = row.getCell(c.getColumnIndex());
                return cell != null ? cell : row.createCell(c.getColumnIndex());
            }
        }
        throw new IllegalArgumentException(judul);
    }
}
