package id.sipeka.renstra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.sipeka.organisasi.OrganisasiData.KecamatanData;
import id.sipeka.organisasi.OrganisasiService;
import id.sipeka.renstra.PratinjauImpor.Jenis;
import id.sipeka.renstra.PratinjauImpor.PerubahanBaris;
import id.sipeka.renstra.RenstraData.BarisRenstra;
import id.sipeka.renstra.RenstraData.IndikatorBaris;
import id.sipeka.renstra.RenstraData.RenstraLengkap;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithUserDetails;
import tools.jackson.databind.ObjectMapper;

/**
 * Several indicators per program, kegiatan and sub kegiatan, each with its own satuan, polarity, kind, baseline and
 * targets: in the JSON and XLSX import, the template, the preview and the stored Renstra (3-year period).
 */
@SpringBootTest
@WithUserDetails("admin")
class IndikatorLainTest {

    /** A kegiatan with three indicators and a sub kegiatan with two, over 2024–2026. */
    static final String BERKAS = """
            {"tahunAwal": 2024, "tahunAkhir": 2026, "nomenklatur": [
             {"kode": "7.01.02", "nama": "Program", "indikator": "Nilai SAKIP", "satuan": "Nilai", "target": {"2024": 60}},
             {"kode": "7.01.02.2.04", "nama": "Kegiatan", "indikator": "Persentase dokumen tepat waktu", "satuan": "%",
              "target": {"2024": 80, "2025": 90, "2026": 100},
              "indikatorLain": [
                {"indikator": "Jumlah laporan kinerja", "satuan": "Laporan", "jenis": "JUMLAH", "baseline": 2,
                 "target": {"2024": 4, "2025": 4, "2026": 5}},
                {"indikator": "Rata-rata hari keterlambatan", "satuan": "Hari", "polaritas": "TURUN", "baseline": 10,
                 "target": {"2024": 7, "2025": 5, "2026": 3}}]},
             {"kode": "7.01.02.2.04.0001", "nama": "Sub", "unit": "SEKSI-PEM", "indikator": "Jumlah dokumen", "satuan": "Dokumen",
              "target": {"2024": 12, "2025": 12, "2026": 12}, "pagu": {"2024": 1000000, "2025": 1100000, "2026": 1200000},
              "indikatorLain": [{"indikator": "Jumlah desa dibina", "satuan": "Desa", "target": {"2025": 7}}]}]}""";

    @Autowired
    ImporRenstraService impor;
    @Autowired
    RenstraService renstra;
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
    void eachIndicatorKeepsItsOwnSatuanPolarityKindBaselineAndTargets() {
        HasilImpor hasil = impor.imporJson(kecamatan.id(), json.readTree(BERKAS));

        assertThat(hasil.jumlahKegiatan()).isEqualTo(1);
        assertThat(hasil.jumlahSubKegiatan()).isEqualTo(1);
        RenstraLengkap r = renstra.lengkap(hasil.renstraId());
        assertThat(r.renstra().periode()).isEqualTo("2024–2026");
        BarisRenstra kegiatan = baris(r, "7.01.02.2.04");
        assertThat(kegiatan.indikator()).isEqualTo("Persentase dokumen tepat waktu");
        assertThat(kegiatan.indikatorLain()).hasSize(2);
        IndikatorBaris kedua = kegiatan.indikatorLain().get(0);
        assertThat(kedua.indikator()).isEqualTo("Jumlah laporan kinerja");
        assertThat(kedua.satuan()).isEqualTo("Laporan");
        assertThat(kedua.jenis()).isEqualTo(JenisIndikator.JUMLAH);
        assertThat(kedua.polaritas()).isEqualTo(Polaritas.NAIK);
        assertThat(kedua.baseline()).isEqualByComparingTo("2");
        assertThat(kedua.target()).containsOnlyKeys(2024, 2025, 2026);
        assertThat(kedua.target().get(2026)).isEqualByComparingTo("5");
        IndikatorBaris ketiga = kegiatan.indikatorLain().get(1);
        assertThat(ketiga.polaritas()).isEqualTo(Polaritas.TURUN);
        assertThat(ketiga.jenis()).as("blank kind of a kegiatan indicator").isEqualTo(JenisIndikator.TINGKAT);
        assertThat(ketiga.target().get(2024)).isEqualByComparingTo("7");
        BarisRenstra sub = baris(r, "7.01.02.2.04.0001");
        assertThat(sub.indikatorLain()).singleElement().satisfies(i -> {
            assertThat(i.jenis()).as("blank kind of a sub kegiatan count").isEqualTo(JenisIndikator.JUMLAH);
            assertThat(i.target()).containsOnlyKeys(2025);
        });
        assertThat(r.totalPeriode()).isEqualTo(3_300_000L);
    }

    @Test
    void theTemplateWritesEachFurtherIndicatorAsARowBelowAndImportsBackIdentical() throws IOException {
        impor.imporJson(kecamatan.id(), json.readTree(BERKAS));
        byte[] xlsx = impor.templateXlsx(kecamatan.id(), 2024, 2026);
        // a printed table pasted in: kode and nama merged over the indicator lines, so the third line has no code
        byte[] tanpaKode = ubah(xlsx, sheet -> sel(sheet, 3, "Kode").setBlank());
        KecamatanData lain = UjiKecamatan.buat(organisasi);

        HasilImpor hasil = impor.imporXlsx(lain.id(), new ByteArrayInputStream(tanpaKode));

        assertThat(hasil.peringatan()).isEmpty();
        RenstraLengkap asli = renstra.lengkap(renstra.daftar(kecamatan.id()).getFirst().id());
        RenstraLengkap baru = renstra.lengkap(hasil.renstraId());
        for (String kode : new String[] {"7.01.02", "7.01.02.2.04", "7.01.02.2.04.0001"}) {
            assertThat(ringkas(baris(baru, kode))).isEqualTo(ringkas(baris(asli, kode)));
        }
        assertThat(baris(baru, "7.01.02.2.04").indikatorLain()).hasSize(2);
    }

    @Test
    void aFurtherIndicatorRowWithAPaguOrAUnitIsRefusedByRowAndColumn() throws IOException {
        impor.imporJson(kecamatan.id(), json.readTree(BERKAS));
        byte[] xlsx = impor.templateXlsx(kecamatan.id(), 2024, 2026);
        byte[] buruk = ubah(xlsx, sheet -> {
            sel(sheet, 3, "Pagu 2025").setCellValue(500000);   // row 4: the kegiatan's second indicator
            sel(sheet, 6, "Unit").setCellValue("SEKSI-PEM");   // row 7: the sub kegiatan's second indicator
        });
        KecamatanData lain = UjiKecamatan.buat(organisasi);

        assertThatThrownBy(() -> impor.imporXlsx(lain.id(), new ByteArrayInputStream(buruk)))
                .isInstanceOfSatisfying(ImporDitolakException.class, e -> {
                    assertThat(e.masalah()).hasSize(2);
                    assertThat(e.masalah()).anyMatch(m -> m.baris() == 4 && m.kolom().contains("Pagu 2025")
                            && m.alasan().contains("menambah indikator pada 7.01.02.2.04"));
                    assertThat(e.masalah()).anyMatch(m -> m.baris() == 7 && m.kolom().contains("Unit")
                            && m.alasan().contains("7.01.02.2.04.0001"));
                });
        assertThat(renstra.daftar(lain.id())).isEmpty();
    }

    @Test
    void aJsonFurtherIndicatorWithoutItsTextIsRefused() {
        String tanpaTeks = BERKAS.replace("{\"indikator\": \"Jumlah desa dibina\", ", "{");
        assertThatThrownBy(() -> impor.imporJson(kecamatan.id(), json.readTree(tanpaTeks)))
                .isInstanceOfSatisfying(ImporDitolakException.class, e -> assertThat(e.masalah()).singleElement()
                        .satisfies(m -> {
                            assertThat(m.baris()).isEqualTo(3);
                            assertThat(m.kolom()).isEqualTo("indikatorLain.indikator");
                        }));
    }

    @Test
    void thePreviewNamesAChangedFurtherIndicatorAndAReImportAppliesIt() {
        impor.imporJson(kecamatan.id(), json.readTree(BERKAS));
        String ubahan = BERKAS.replace("\"target\": {\"2024\": 7, \"2025\": 5, \"2026\": 3}",
                "\"target\": {\"2024\": 7, \"2025\": 4, \"2026\": 2}");

        PratinjauImpor p = impor.pratinjauJson(kecamatan.id(), json.readTree(ubahan));

        assertThat(p.perubahan()).singleElement().satisfies(b -> {
            assertThat(b.jenis()).isEqualTo(Jenis.DIUBAH);
            assertThat(b.kode()).isEqualTo("7.01.02.2.04");
            assertThat(b.rincian()).isEqualTo("Indikator ke-3, Target 2025: 5 → 4; Indikator ke-3, Target 2026: 3 → 2");
        });
        impor.terapkanJson(kecamatan.id(), json.readTree(ubahan), p.sidik());
        RenstraLengkap r = renstra.lengkap(renstra.daftar(kecamatan.id()).getFirst().id());
        assertThat(baris(r, "7.01.02.2.04").indikatorLain().get(1).target().get(2026)).isEqualByComparingTo("2");
        assertThat(impor.pratinjauJson(kecamatan.id(), json.readTree(ubahan)).perubahan())
                .extracting(PerubahanBaris::jenis).isEmpty();
    }

    private static String ringkas(BarisRenstra b) {
        return b.indikator() + "|" + b.satuan() + "|" + b.polaritas() + "|" + b.jenis() + "|" + b.target() + "|" + b.pagu()
                + "|" + b.indikatorLain().stream().map(i -> i.indikator() + "/" + i.satuan() + "/" + i.polaritas() + "/"
                        + i.jenis() + "/" + (i.baseline() == null ? null : i.baseline().stripTrailingZeros()) + "/"
                        + i.target().entrySet().stream().map(e -> e.getKey() + "=" + e.getValue().stripTrailingZeros()).toList())
                        .toList();
    }

    private static BarisRenstra baris(RenstraLengkap r, String kode) {
        return r.semuaBaris().stream().filter(b -> b.kode().equals(kode)).findFirst().orElseThrow();
    }

    private static byte[] ubah(byte[] asli, java.util.function.Consumer<Sheet> ubah) throws IOException {
        try (Workbook buku = new XSSFWorkbook(new ByteArrayInputStream(asli)); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ubah.accept(buku.getSheet("Nomenklatur"));
            buku.write(out);
            return out.toByteArray();
        }
    }

    /** The cell of a 0-based row under the header whose label starts with the given text. */
    private static Cell sel(Sheet sheet, int baris, String judul) {
        for (Cell c : sheet.getRow(0)) {
            if (c.getStringCellValue().startsWith(judul)) {
                Row row = sheet.getRow(baris);
                Cell cell = row.getCell(c.getColumnIndex());
                return cell != null ? cell : row.createCell(c.getColumnIndex());
            }
        }
        throw new IllegalArgumentException(judul);
    }
}
