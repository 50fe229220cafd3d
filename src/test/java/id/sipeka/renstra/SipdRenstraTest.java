package id.sipeka.renstra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.sipeka.Masuk;
import id.sipeka.base.DataTidakDitemukanException;
import id.sipeka.organisasi.OrganisasiData.KecamatanData;
import id.sipeka.organisasi.OrganisasiService;
import id.sipeka.renstra.RenstraData.BarisRenstra;
import id.sipeka.renstra.RenstraData.BarisTujuanSasaran;
import id.sipeka.renstra.RenstraData.RenstraLengkap;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.io.ClassPathResource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** The Renstra in SIPD's layout: exported, imported back through the ordinary import, refused when wrong. */
@SpringBootTest
class SipdRenstraTest {

    private static final String KOLOM_KODE = "Kode Program/Kegiatan/Sub Kegiatan";

    @Autowired
    RenstraService renstra;
    @Autowired
    ImporRenstraService impor;
    @Autowired
    EksporSipdRenstraService ekspor;
    @Autowired
    OrganisasiService organisasi;
    @Autowired
    UserDetailsService users;
    @Autowired
    ObjectMapper json;

    KecamatanData asal;
    long renstraAsal;

    @BeforeEach
    void renstraKalaenaDiKecamatanBaru() throws IOException {
        Masuk.sebagai(users, "admin");
        asal = UjiKecamatan.buat(organisasi);
        renstraAsal = impor.imporJson(asal.id(), kalaena()).renstraId();
    }

    @AfterEach
    void keluar() {
        Masuk.keluar();
    }

    @Test
    void aRenstraExportedInSipdLayoutImportsBackThroughThePreviewWithEveryRowAndTotalIdentical() throws IOException {
        // a target with more digits than an Excel number holds must come back exactly too
        BarisRenstra besar = renstra.lengkap(renstraAsal).semuaBaris().stream()
                .filter(b -> b.kode().equals("7.01.01.2.02.0001")).findFirst().orElseThrow();
        Map<Integer, BigDecimal> target = new TreeMap<>(besar.target());
        target.put(2025, new BigDecimal("123456789012345.1234"));
        renstra.ubah(new RenstraData.UbahBaris(besar.id(), besar.version(), besar.indikator(), besar.satuan(),
                besar.unitKerjaId(), target, besar.pagu()));
        byte[] sipd = ekspor.xlsx(renstraAsal);
        KecamatanData tujuan = UjiKecamatan.buat(organisasi);

        PratinjauImpor pratinjau = impor.pratinjauXlsx(tujuan.id(), new ByteArrayInputStream(sipd));
        assertThat(pratinjau.bolehDiterapkan()).isTrue();
        assertThat(pratinjau.baru()).isTrue();
        assertThat(pratinjau.peringatan()).isEmpty(); // program and kegiatan pagu printed are exactly their sums
        HasilImpor hasil = impor.terapkanXlsx(tujuan.id(), new ByteArrayInputStream(sipd), pratinjau.sidik());

        RenstraLengkap sebelum = renstra.lengkap(renstraAsal);
        RenstraLengkap sesudah = renstra.lengkap(hasil.renstraId());
        assertThat(sesudah.renstra().tahunAwal()).isEqualTo(2025);
        assertThat(sesudah.renstra().tahunAkhir()).isEqualTo(2029);
        assertThat(sesudah.semuaBaris()).hasSize(65);
        assertThat(sesudah.semuaBaris().stream().map(SipdRenstraTest::isi).toList())
                .containsExactlyElementsOf(sebelum.semuaBaris().stream().map(SipdRenstraTest::isi).toList());
        assertThat(sesudah.semuaBaris().stream().filter(b -> b.kode().equals("7.01.01.2.02.0001")).findFirst()
                .orElseThrow().target().get(2025)).isEqualByComparingTo("123456789012345.1234");
        assertThat(sesudah.tujuanSasaran().stream().map(SipdRenstraTest::isi).toList())
                .containsExactlyElementsOf(sebelum.tujuanSasaran().stream().map(SipdRenstraTest::isi).toList());
        // the totals per year, summed here from the source file's sub kegiatan
        Map<Integer, Long> total = totalSubKegiatan(kalaena());
        assertThat(total).hasSize(5);
        assertThat(sesudah.totalPagu()).isEqualTo(total);

        // the same file over the Renstra it came from changes nothing
        PratinjauImpor lagi = impor.pratinjauXlsx(asal.id(), new ByteArrayInputStream(sipd));
        assertThat(lagi.perubahan()).isEmpty();
        assertThat(lagi.tidakBerubah()).isEqualTo(65 + 3);
    }

    @Test
    void theSipdSheetShowsUrusanBidangAndEveryYearsTargetAndPaguWithTheLevelInTheCode() throws IOException {
        try (Workbook buku = new XSSFWorkbook(new ByteArrayInputStream(ekspor.xlsx(renstraAsal)))) {
            Sheet sheet = buku.getSheetAt(0);
            assertThat(sheet.getSheetName()).isEqualTo("Renstra SIPD");
            Row judul = sheet.getRow(3);
            assertThat(judul.getCell(0).getStringCellValue()).isEqualTo("Kode Urusan");
            assertThat(judul.getCell(10).getStringCellValue()).isEqualTo("Target Kinerja Tahun 2025");
            assertThat(judul.getCell(19).getStringCellValue()).isEqualTo("Pagu Indikatif Tahun 2029 (Rp)");
            Row program = baris(sheet, "7.01.06");
            assertThat(program.getCell(0).getStringCellValue()).isEqualTo("7");
            assertThat(program.getCell(1).getStringCellValue()).isEqualTo("7.01");
            assertThat((long) program.getCell(kolom(sheet, "Pagu Indikatif Tahun 2027")).getNumericCellValue())
                    .isEqualTo(42_086_081L);
        }
    }

    @Test
    void aSipdFileWithAWrongCodeOrTextInANumberColumnIsRefusedNamingSheetRowAndColumnAndNothingIsStored()
            throws IOException {
        byte[] buruk = ubah(ekspor.xlsx(renstraAsal), sheet -> {
            baris(sheet, "7.01.01.2.01.0002").getCell(kolom(sheet, KOLOM_KODE)).setCellValue("7.1.01.2.01.0002");
            baris(sheet, "7.01.01.2.02.0001").getCell(kolom(sheet, "Target Kinerja Tahun 2026")).setCellValue("dua belas");
        });
        int barisKode = nomorBaris(buruk, "7.1.01.2.01.0002");
        int barisTarget = nomorBaris(buruk, "7.01.01.2.02.0001");
        KecamatanData kosong = UjiKecamatan.buat(organisasi);

        assertThatThrownBy(() -> impor.pratinjauXlsx(kosong.id(), new ByteArrayInputStream(buruk)))
                .isInstanceOfSatisfying(ImporDitolakException.class, e -> {
                    assertThat(e.masalah()).allSatisfy(m -> assertThat(m.lembar()).isEqualTo("Renstra SIPD"));
                    assertThat(e.masalah()).anyMatch(m -> m.baris() == barisKode
                            && m.kolom().equals("C (" + KOLOM_KODE + ")") && m.alasan().contains("tidak sesuai format"));
                    assertThat(e.masalah()).anyMatch(m -> m.baris() == barisTarget
                            && m.kolom().contains("Target Kinerja Tahun 2026") && m.alasan().equals("\"dua belas\" bukan angka."));
                });
        assertThatThrownBy(() -> impor.imporXlsx(kosong.id(), new ByteArrayInputStream(buruk)))
                .isInstanceOf(ImporDitolakException.class);
        assertThatThrownBy(() -> impor.imporXlsx(kosong.id(), new ByteArrayInputStream(new byte[] {1, 2, 3})))
                .isInstanceOfSatisfying(ImporDitolakException.class,
                        e -> assertThat(e.masalah().getFirst().alasan()).contains("tidak dapat dibaca sebagai XLSX"));
        assertThat(renstra.daftar(kosong.id())).isEmpty();
    }

    @Test
    void aReaderOfTheKecamatanExportsButOnlyTheSekcamImportsAndAnotherKecamatanGetsNothing() throws IOException {
        Masuk.sebagai(users, "kasi.pem");
        long kalaena = organisasi.kecamatanDenganKode("KALAENA").orElseThrow().id();
        long renstraKalaena = renstra.terbaru(kalaena).orElseThrow().renstra().id();
        byte[] sipd = ekspor.xlsx(renstraKalaena);
        assertThat(sipd).isNotEmpty();
        assertThatThrownBy(() -> impor.pratinjauXlsx(kalaena, new ByteArrayInputStream(sipd)))
                .isInstanceOf(AccessDeniedException.class);

        Masuk.sebagai(users, "wasuponda.kasi");
        assertThatThrownBy(() -> ekspor.xlsx(renstraKalaena))
                .isInstanceOfAny(AccessDeniedException.class, DataTidakDitemukanException.class);
        assertThatThrownBy(() -> ekspor.xlsx(renstraAsal))
                .isInstanceOfAny(AccessDeniedException.class, DataTidakDitemukanException.class);
    }

    /**
     * The file as it was before lokasi, sumber dana, further indicators and Aktivitas came into it (issue 13), kept in
     * src/test/resources/sipd: a Renstra with none of them (the demo's) exports every old column and row unchanged,
     * and the new columns come after them, empty.
     */
    @Test
    void theDemosSipdSheetKeepsEveryColumnAndRowItHadAndOnlyAddsEmptyColumnsAfterThem() throws IOException {
        List<String> acuan;
        try (InputStream in = new ClassPathResource("sipd/renstra-kalaena-sipd.tsv").getInputStream()) {
            acuan = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).lines().toList();
        }
        int lamaKolom = 22;
        try (Workbook buku = new XSSFWorkbook(new ByteArrayInputStream(ekspor.xlsx(renstraAsal)))) {
            Sheet sheet = buku.getSheet("Renstra SIPD");
            List<String> sekarang = new java.util.ArrayList<>();
            for (int r = 3; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                List<String> sel = new java.util.ArrayList<>();
                for (int c = 0; c < lamaKolom; c++) {
                    sel.add(teks(row.getCell(c)));
                }
                sekarang.add(String.join("\t", sel));
                for (int c = lamaKolom; c < lamaKolom + 4; c++) {
                    if (r > 3) {
                        assertThat(teks(row.getCell(c))).as("row %d column %d", r + 1, c).isEmpty();
                    }
                }
            }
            assertThat(sekarang).hasSize(1 + 65).containsExactlyElementsOf(acuan);
            Row judul = sheet.getRow(3);
            assertThat(List.of(teks(judul.getCell(22)), teks(judul.getCell(23)), teks(judul.getCell(24)),
                    teks(judul.getCell(25)))).containsExactly("Lokasi", "Sumber Dana", "Volume Aktivitas", "Prioritas Aktivitas");
            assertThat(judul.getLastCellNum()).isEqualTo((short) 26);
        }
    }

    // ---- helpers ----

    /** Every field of a row but its database ids, with numbers compared by value. */
    private static List<Object> isi(BarisRenstra b) {
        return List.of(b.tingkat(), b.kode(), b.nama(), String.valueOf(b.hasil()), String.valueOf(b.indikator()),
                String.valueOf(b.satuan()), b.polaritas(), b.jenis(), angka(b.baseline()), String.valueOf(b.unitNama()),
                angka(b.target()), new TreeMap<>(b.pagu()));
    }

    private static List<Object> isi(BarisTujuanSasaran t) {
        return List.of(t.tingkat(), t.kode(), t.uraian(), String.valueOf(t.indikator()), String.valueOf(t.satuan()),
                t.polaritas(), angka(t.baseline()), angka(t.target()));
    }

    private static String angka(BigDecimal b) {
        return b == null ? "-" : b.stripTrailingZeros().toPlainString();
    }

    private static Map<Integer, String> angka(Map<Integer, BigDecimal> m) {
        return m.entrySet().stream().filter(e -> e.getValue() != null)
                .collect(Collectors.toMap(Map.Entry::getKey, e -> angka(e.getValue()), (a, b) -> a, TreeMap::new));
    }

    /** Sum per year of the pagu of the file's sub kegiatan (codes of six parts). */
    private static Map<Integer, Long> totalSubKegiatan(JsonNode file) {
        Map<Integer, Long> total = new TreeMap<>();
        for (JsonNode n : file.get("nomenklatur")) {
            if (n.get("kode").asString().split("\\.").length == 6 && n.has("pagu")) {
                for (var e : n.get("pagu").properties()) {
                    total.merge(Integer.parseInt(e.getKey()), e.getValue().asLong(), Long::sum);
                }
            }
        }
        return total;
    }

    private JsonNode kalaena() throws IOException {
        try (InputStream in = new ClassPathResource("demo/renstra-kalaena-2025-2029.json").getInputStream()) {
            return json.readTree(in);
        }
    }

    private static byte[] ubah(byte[] asli, Consumer<Sheet> ubah) throws IOException {
        try (Workbook buku = new XSSFWorkbook(new ByteArrayInputStream(asli)); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ubah.accept(buku.getSheet("Renstra SIPD"));
            buku.write(out);
            return out.toByteArray();
        }
    }

    private static String teks(Cell c) {
        if (c == null) {
            return "";
        }
        return c.getCellType() == org.apache.poi.ss.usermodel.CellType.NUMERIC
                ? BigDecimal.valueOf(c.getNumericCellValue()).stripTrailingZeros().toPlainString() : c.getStringCellValue();
    }

    private static int kolom(Sheet sheet, String awalJudul) {
        for (Cell c : sheet.getRow(3)) {
            if (c.getStringCellValue().startsWith(awalJudul)) {
                return c.getColumnIndex();
            }
        }
        throw new IllegalArgumentException(awalJudul);
    }

    private static Row baris(Sheet sheet, String kode) {
        for (int r = 4; r <= sheet.getLastRowNum(); r++) {
            if (sheet.getRow(r).getCell(2).getStringCellValue().equals(kode)) {
                return sheet.getRow(r);
            }
        }
        throw new IllegalArgumentException(kode);
    }

    /** The row (as the user counts, from 1) holding the code. */
    private static int nomorBaris(byte[] xlsx, String kode) throws IOException {
        try (Workbook buku = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            return baris(buku.getSheet("Renstra SIPD"), kode).getRowNum() + 1;
        }
    }
}
