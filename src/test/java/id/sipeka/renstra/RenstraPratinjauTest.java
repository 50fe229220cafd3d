package id.sipeka.renstra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.sipeka.Masuk;
import id.sipeka.base.AturanDilanggarException;
import id.sipeka.organisasi.AkunService;
import id.sipeka.organisasi.OrganisasiData.KecamatanData;
import id.sipeka.organisasi.OrganisasiService;
import id.sipeka.renja.Batas;
import id.sipeka.renja.KecamatanUji;
import id.sipeka.renja.LayananRenja;
import id.sipeka.renstra.PratinjauImpor.Jenis;
import id.sipeka.renstra.PratinjauImpor.PerubahanBaris;
import id.sipeka.renstra.RenstraData.RenstraLengkap;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.Map;
import java.util.TreeMap;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.io.ClassPathResource;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Re-importing a Renstra on MariaDB: the preview (rows added, changed, removed; totals per year before and after)
 * stores nothing; the apply stores exactly what was previewed or is refused with the reason; periods of 3 to 5 years;
 * every period problem names sheet, row and column.
 */
@SpringBootTest
@WithUserDetails("admin")
class RenstraPratinjauTest {

    private static final String UBAH = "7.01.01.2.01.0001";  // 2025: Rp 15.103.000
    private static final String HAPUS = "7.01.01.2.01.0002";

    @Autowired
    ImporRenstraService impor;
    @Autowired
    RenstraService renstra;
    @Autowired
    OrganisasiService organisasi;
    @Autowired
    AkunService akun;
    @Autowired
    LayananRenja layananRenja;
    @Autowired
    UserDetailsService users;
    @Autowired
    ObjectMapper json;

    KecamatanData kecamatan;

    @BeforeEach
    void kecamatanBaru() {
        kecamatan = UjiKecamatan.buat(organisasi);
    }

    @Test
    void thePreviewListsEveryAddedChangedAndRemovedRowWithTotalsPerYearAndStoresNothing() throws IOException {
        impor.imporJson(kecamatan.id(), kalaena());
        RenstraLengkap sebelum = renstra.terbaru(kecamatan.id()).orElseThrow();
        JsonNode file = kalaena();
        ObjectNode ubah = baris(file, UBAH);
        ((ObjectNode) ubah.get("pagu")).put("2025", 16_103_000L);
        ((ObjectNode) ubah.get("target")).put("2026", 3);
        ArrayNode nomenklatur = (ArrayNode) file.get("nomenklatur");
        int hapus = indeks(file, HAPUS);
        nomenklatur.remove(hapus);
        ObjectNode baru = nomenklatur.insertObject(hapus);
        baru.put("kode", "7.01.01.2.01.0099").put("nama", "Sub Kegiatan Baru").put("unit", "SUBBAG-PK")
                .putObject("pagu").put("2025", 2_000_000L);

        PratinjauImpor p = impor.pratinjauJson(kecamatan.id(), file);

        assertThat(p.baru()).isFalse();
        assertThat(p.bolehDiterapkan()).isTrue();
        assertThat(p.perubahan()).extracting(PerubahanBaris::jenis, PerubahanBaris::kode).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple(Jenis.DIUBAH, UBAH),
                org.assertj.core.groups.Tuple.tuple(Jenis.DITAMBAH, "7.01.01.2.01.0099"),
                org.assertj.core.groups.Tuple.tuple(Jenis.DIHAPUS, HAPUS));
        PerubahanBaris diubah = p.perubahan().stream().filter(b -> b.jenis() == Jenis.DIUBAH).findFirst().orElseThrow();
        assertThat(diubah.rincian()).contains("Target 2026: 2 → 3").contains("Pagu 2025: Rp 15.103.000 → Rp 16.103.000");
        assertThat(p.tidakBerubah()).isEqualTo(sebelum.semuaBaris().size() + sebelum.tujuanSasaran().size() - 2);
        // totals as summed here from the files themselves
        assertThat(p.totalSebelum()).isEqualTo(totalPerTahun(kalaena()));
        assertThat(p.totalSesudah()).isEqualTo(totalPerTahun(file));
        assertThat(p.totalSesudah().get(2025)).isEqualTo(p.totalSebelum().get(2025) + 1_000_000L + 2_000_000L
                - pagu(kalaena(), HAPUS, 2025));
        assertThat(renstra.terbaru(kecamatan.id()).orElseThrow()).isEqualTo(sebelum);

        impor.terapkanJson(kecamatan.id(), file, p.sidik());

        RenstraLengkap sesudah = renstra.terbaru(kecamatan.id()).orElseThrow();
        assertThat(sesudah.totalPagu()).isEqualTo(p.totalSesudah());
        assertThat(sesudah.semuaBaris()).extracting(RenstraData.BarisRenstra::kode).contains("7.01.01.2.01.0099")
                .doesNotContain(HAPUS);
    }

    @Test
    void applyingAPreviewAfterSomeoneElseSavedAChangeIsRefusedAndChangesNothing() throws IOException {
        impor.imporJson(kecamatan.id(), kalaena());
        JsonNode file = kalaena();
        ((ObjectNode) baris(file, UBAH).get("pagu")).put("2025", 16_103_000L);
        PratinjauImpor p = impor.pratinjauJson(kecamatan.id(), file);
        RenstraData.BarisRenstra b = renstra.terbaru(kecamatan.id()).orElseThrow().semuaBaris().stream()
                .filter(x -> x.kode().equals(UBAH)).findFirst().orElseThrow();
        java.util.Map<Integer, Long> pagu = new TreeMap<>(b.pagu());
        pagu.put(2029, 1L);
        renstra.ubah(new RenstraData.UbahBaris(b.id(), b.version(), b.indikator(), b.satuan(), b.unitKerjaId(), b.target(), pagu));
        RenstraLengkap sebelum = renstra.terbaru(kecamatan.id()).orElseThrow();

        assertThatThrownBy(() -> impor.terapkanJson(kecamatan.id(), file, p.sidik()))
                .isInstanceOf(AturanDilanggarException.class).hasMessageContaining("diubah orang lain sejak pratinjau");

        assertThat(renstra.terbaru(kecamatan.id()).orElseThrow()).isEqualTo(sebelum);
    }

    @Test
    void aReimportKeepsEveryRowADraftRenjaUsesAndBecomesARenstraPerubahanOnceTheRenjaHasLeftItsDraft() throws IOException {
        KecamatanUji k = KecamatanUji.siapkan(organisasi, akun, impor, users, json, 2);
        Masuk.sebagai(users, k.sekcam());
        LocalDate h = LocalDate.now();
        long renjaId = layananRenja.pembukaan().buka(k.kecamatanId(), 2026,
                new Batas(h.plusDays(10), h.plusDays(15), h.plusDays(25), h.plusDays(30))).id();

        // while the Renja is a draft: a changed pagu may come in, a row it uses may not go
        PratinjauImpor tanpaBaris = impor.pratinjauJson(k.kecamatanId(), renstraUji(1, 1_000_000L));
        assertThat(tanpaBaris.bolehDiterapkan()).isFalse();
        assertThat(tanpaBaris.halangan()).isEqualTo("Baris 7.01.02.2.04.0002 dipakai Renja 2026 dan tidak dapat dihapus."
                + " Biarkan baris itu dalam berkas. Tidak ada yang disimpan.");
        assertThatThrownBy(() -> impor.imporJson(k.kecamatanId(), renstraUji(1, 1_000_000L)))
                .isInstanceOf(AturanDilanggarException.class).hasMessage(tanpaBaris.halangan());
        PratinjauImpor paguBaru = impor.pratinjauJson(k.kecamatanId(), renstraUji(2, 1_500_000L));
        assertThat(paguBaru.bolehDiterapkan()).isTrue();
        assertThat(paguBaru.totalSesudah().get(2026)).isEqualTo(3_000_000L);
        impor.terapkanJson(k.kecamatanId(), renstraUji(2, 1_500_000L), paguBaru.sidik());

        // both sections approved: the Renja has left its draft, an import no longer replaces the Renstra in place but
        // becomes a Renstra Perubahan, which needs its reason (RenstraPerubahanTest goes on from here)
        for (int i = 0; i < 2; i++) {
            Masuk.sebagai(users, k.kepala().get(i));
            layananRenja.isiDanAjukan(renjaId, k.unit().get(i));
        }
        Masuk.sebagai(users, k.sekcam());
        k.unit().forEach(unit -> layananRenja.telaah().setujuiBagian(renjaId, unit));
        PratinjauImpor perubahan = impor.pratinjauJson(k.kecamatanId(), renstraUji(1, 2_000_000L));
        assertThat(perubahan.perubahanKe()).isEqualTo(1);
        assertThat(perubahan.bolehDiterapkan()).as("a perubahan may drop a row the Renja uses: the old version keeps it")
                .isTrue();
        RenstraLengkap sebelum = renstra.terbaru(k.kecamatanId()).orElseThrow();
        assertThatThrownBy(() -> impor.terapkanJson(k.kecamatanId(), renstraUji(1, 2_000_000L), perubahan.sidik()))
                .isInstanceOf(AturanDilanggarException.class)
                .hasMessageStartingWith("Impor ini disimpan sebagai Renstra Perubahan ke-1");
        assertThat(renstra.terbaru(k.kecamatanId()).orElseThrow()).isEqualTo(sebelum);
    }

    @Test
    void aTransitionRenstraOfThreeYearsImportsWithItsOwnTemplateAndTotals() throws IOException {
        JsonNode file = tigaTahun(kalaena());

        HasilImpor hasil = impor.imporJson(kecamatan.id(), file);

        assertThat(hasil.tahunAwal()).isEqualTo(2025);
        assertThat(hasil.tahunAkhir()).isEqualTo(2027);
        RenstraLengkap r = renstra.lengkap(hasil.renstraId());
        assertThat(r.totalPagu()).isEqualTo(totalPerTahun(file));
        byte[] templat = impor.templateXlsx(kecamatan.id(), 2025, 2029); // the stored period wins: 2025–2027
        try (Workbook buku = new XSSFWorkbook(new ByteArrayInputStream(templat))) {
            Row judul = buku.getSheet("Nomenklatur").getRow(0);
            StringBuilder kolom = new StringBuilder();
            judul.forEach(c -> kolom.append(c.getStringCellValue()).append('|'));
            assertThat(kolom.toString()).contains("Pagu 2027|").doesNotContain("2028").doesNotContain("2024");
        }
        PratinjauImpor lagi = impor.pratinjauXlsx(kecamatan.id(), new ByteArrayInputStream(templat));
        assertThat(lagi.perubahan()).isEmpty();
        assertThat(lagi.totalSesudah()).isEqualTo(r.totalPagu());
    }

    @Test
    void aNewPeriodOfThreeYearsGetsATemplateOfThreeYearsAndAPeriodOfSixIsRefusedNamingTheYears() throws IOException {
        byte[] templat = impor.templateXlsx(kecamatan.id(), 2024, 2026);
        try (Workbook buku = new XSSFWorkbook(new ByteArrayInputStream(templat))) {
            StringBuilder kolom = new StringBuilder();
            buku.getSheet("Nomenklatur").getRow(0).forEach(c -> kolom.append(c.getStringCellValue()).append('|'));
            assertThat(kolom.toString()).contains("Target 2024|").contains("Pagu 2026|").doesNotContain("2027");
        }
        assertThatThrownBy(() -> impor.templateXlsx(kecamatan.id(), 2024, 2025))
                .hasMessage("Periode Renstra 3 sampai 5 tahun berurutan.");

        ObjectNode enam = (ObjectNode) kalaena();
        enam.put("tahunAkhir", 2030);
        assertThatThrownBy(() -> impor.imporJson(kecamatan.id(), enam))
                .isInstanceOfSatisfying(ImporDitolakException.class, e -> assertThat(e.masalah()).containsExactly(
                        new MasalahImpor(null, null, "tahunAwal, tahunAkhir",
                                "Periode Renstra harus 3 sampai 5 tahun berurutan; berkas ini 2025–2030 (6 tahun).")));
        assertThat(renstra.daftar(kecamatan.id())).isEmpty();
    }

    @Test
    void periodProblemsOfASpreadsheetNameSheetRowAndColumn() throws IOException {
        impor.imporJson(kecamatan.id(), kalaena());
        byte[] baik = impor.templateXlsx(kecamatan.id(), 2025, 2029);

        byte[] tahunLoncat = ubah(baik, buku -> hapusKolom(buku.getSheet("Nomenklatur"), "2026"));
        assertThatThrownBy(() -> impor.pratinjauXlsx(kecamatan.id(), new ByteArrayInputStream(tahunLoncat)))
                .isInstanceOfSatisfying(ImporDitolakException.class, e -> assertThat(e.masalah()).contains(
                        new MasalahImpor("Nomenklatur", 1, null,
                                "tahun periode harus berurutan: tidak ada kolom untuk tahun 2026.")));

        byte[] tujuanLebih = ubah(baik, buku -> {
            Row judul = buku.getSheet("Tujuan dan Sasaran").getRow(0);
            judul.createCell(judul.getLastCellNum()).setCellValue("Target 2030");
        });
        assertThatThrownBy(() -> impor.pratinjauXlsx(kecamatan.id(), new ByteArrayInputStream(tujuanLebih)))
                .isInstanceOfSatisfying(ImporDitolakException.class, e -> assertThat(e.masalah()).anyMatch(m ->
                        m.lembar().equals("Tujuan dan Sasaran") && m.baris() == 1 && m.kolom().endsWith("(Target 2030)")
                                && m.alasan().equals("tahun 2030 di luar periode 2025–2029.")));

        byte[] tujuhTahun = ubah(baik, buku -> {
            Row judul = buku.getSheet("Nomenklatur").getRow(0);
            judul.createCell(judul.getLastCellNum()).setCellValue("Target 2030");
            judul.createCell(judul.getLastCellNum()).setCellValue("Target 2031");
        });
        assertThatThrownBy(() -> impor.pratinjauXlsx(kecamatan.id(), new ByteArrayInputStream(tujuhTahun)))
                .isInstanceOfSatisfying(ImporDitolakException.class, e -> assertThat(e.masalah()).anyMatch(m ->
                        m.lembar().equals("Nomenklatur") && m.baris() == 1 && m.kolom().contains("Target 2025")
                                && m.kolom().contains("Target 2031")
                                && m.alasan().equals("Periode Renstra harus 3 sampai 5 tahun berurutan; berkas ini 2025–2031 (7 tahun).")));
    }

    @Test
    void aNewPeriodOverlappingAnotherRenstraOfTheKecamatanIsRefused() throws IOException {
        impor.imporJson(kecamatan.id(), kalaena());
        ObjectNode transisi = (ObjectNode) tigaTahun(kalaena());
        transisi.put("tahunAwal", 2027).put("tahunAkhir", 2029);
        geserTahun(transisi, 2);

        PratinjauImpor p = impor.pratinjauJson(kecamatan.id(), transisi);

        assertThat(p.halangan()).isEqualTo("Periode 2027–2029 bertumpang tindih dengan Renstra 2025–2029 kecamatan ini."
                + " Tidak ada yang disimpan.");
        assertThatThrownBy(() -> impor.imporJson(kecamatan.id(), transisi)).hasMessage(p.halangan());
        assertThat(renstra.daftar(kecamatan.id())).hasSize(1);
    }

    // ---- files ----

    private JsonNode kalaena() throws IOException {
        try (InputStream in = new ClassPathResource("demo/renstra-kalaena-2025-2029.json").getInputStream()) {
            return json.readTree(in);
        }
    }

    /** The test kecamatan's Renstra with its first {@code n} sub kegiatan, each with this pagu in 2026. */
    private JsonNode renstraUji(int n, long pagu) {
        StringBuilder s = new StringBuilder("{\"kode\": \"7.01.02\", \"nama\": \"Program\"}, {\"kode\": \"7.01.02.2.04\", \"nama\": \"Kegiatan\"}");
        for (int i = 0; i < n; i++) {
            s.append(", {\"kode\": \"7.01.02.2.04.%04d\", \"nama\": \"Sub %d\", \"unit\": \"U%d\", \"satuan\": \"Laporan\", \"target\": {\"2026\": 4}, \"pagu\": {\"2026\": %d}}"
                    .formatted(i + 1, i, i, pagu));
        }
        return json.readTree("{\"tahunAwal\": 2025, \"tahunAkhir\": 2029, \"nomenklatur\": [" + s + "]}");
    }

    /** The same file cut to 2025–2027 (a transition Renstra). */
    private static JsonNode tigaTahun(JsonNode file) {
        ((ObjectNode) file).put("tahunAkhir", 2027);
        for (String bagian : new String[] {"nomenklatur", "tujuanSasaran"}) {
            for (JsonNode b : file.get(bagian)) {
                for (String nilai : new String[] {"target", "pagu"}) {
                    if (b.get(nilai) instanceof ObjectNode o) {
                        o.remove("2028");
                        o.remove("2029");
                    }
                }
            }
        }
        return file;
    }

    /** Moves every yearly value {@code n} years later. */
    private static void geserTahun(JsonNode file, int n) {
        for (String bagian : new String[] {"nomenklatur", "tujuanSasaran"}) {
            for (JsonNode b : file.get(bagian)) {
                for (String nilai : new String[] {"target", "pagu"}) {
                    if (b.get(nilai) instanceof ObjectNode o) {
                        Map<String, JsonNode> lama = new TreeMap<>(java.util.Comparator.reverseOrder());
                        o.properties().forEach(e -> lama.put(e.getKey(), e.getValue()));
                        o.removeAll();
                        lama.forEach((th, v) -> o.set(String.valueOf(Integer.parseInt(th) + n), v));
                    }
                }
            }
        }
    }

    private static ObjectNode baris(JsonNode file, String kode) {
        return (ObjectNode) file.get("nomenklatur").get(indeks(file, kode));
    }

    private static int indeks(JsonNode file, String kode) {
        Iterator<JsonNode> it = file.get("nomenklatur").iterator();
        for (int i = 0; it.hasNext(); i++) {
            if (it.next().get("kode").asString().equals(kode)) {
                return i;
            }
        }
        throw new IllegalArgumentException(kode);
    }

    private static long pagu(JsonNode file, String kode, int tahun) {
        return baris(file, kode).get("pagu").get(String.valueOf(tahun)).asLong();
    }

    /** Σ pagu of the sub kegiatan rows (codes of six parts) per year, straight from the file. */
    private static Map<Integer, Long> totalPerTahun(JsonNode file) {
        Map<Integer, Long> total = new TreeMap<>();
        for (int t = file.get("tahunAwal").asInt(); t <= file.get("tahunAkhir").asInt(); t++) {
            total.put(t, 0L);
        }
        for (JsonNode b : file.get("nomenklatur")) {
            if (b.get("kode").asString().split("\\.").length == 6 && b.get("pagu") != null) {
                b.get("pagu").properties().forEach(e -> total.merge(Integer.parseInt(e.getKey()), e.getValue().asLong(), Long::sum));
            }
        }
        return total;
    }

    private static byte[] ubah(byte[] asli, java.util.function.Consumer<Workbook> ubah) throws IOException {
        try (Workbook buku = new XSSFWorkbook(new ByteArrayInputStream(asli)); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ubah.accept(buku);
            buku.write(out);
            return out.toByteArray();
        }
    }

    /** Blanks every header cell of the sheet that names this year (its values stay, unread). */
    private static void hapusKolom(Sheet sheet, String tahun) {
        sheet.getRow(0).forEach(c -> {
            if (c.getStringCellValue().endsWith(tahun)) {
                c.setBlank();
            }
        });
    }
}
