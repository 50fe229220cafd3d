package id.sipeka.evaluasi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.sipeka.Masuk;
import id.sipeka.base.AturanDilanggarException;
import id.sipeka.evaluasi.EvaluasiData.BarisLaporan;
import id.sipeka.evaluasi.EvaluasiData.IndikatorLainLaporan;
import id.sipeka.evaluasi.EvaluasiData.LaporanData;
import id.sipeka.evaluasi.EvaluasiData.UbahLaporanBaris;
import id.sipeka.organisasi.AkunService;
import id.sipeka.organisasi.OrganisasiService;
import id.sipeka.renja.LayananRenja;
import id.sipeka.renstra.ImporRenstraService;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.userdetails.UserDetailsService;
import tools.jackson.databind.ObjectMapper;

/**
 * A sub kegiatan with three indicators in its quarterly report: the unit reports each, each further one is measured
 * by its kind against its own annual target; without quarterly targets in the rencana aksi a further indicator has
 * no capaian of the quarter, so the row's capaian and the report's average stay the first indicator's (see
 * {@link EvaluasiBanyakIndikatorTest} for a row whose further indicators have quarters).
 */
@SpringBootTest
class EvaluasiIndikatorLainTest {

    private static final String INDIKATOR_LAIN = """
            [{"indikator": "Jumlah desa dilayani", "satuan": "Desa", "jenis": "JUMLAH", "target": {"2026": 8}},
             {"indikator": "Persentase permintaan terlayani", "satuan": "%", "target": {"2026": 90}}]""";

    @Autowired
    OrganisasiService organisasi;
    @Autowired
    AkunService akun;
    @Autowired
    ImporRenstraService renstra;
    @Autowired
    LayananRenja renja;
    @Autowired
    RencanaAksiService rencanaAksi;
    @Autowired
    UserDetailsService users;
    @Autowired
    ObjectMapper json;
    @Autowired
    PembukaanEvaluasiService pembukaan;
    @Autowired
    EvaluasiQueryService evaluasi;
    @Autowired
    PengisianLaporanService pengisian;
    @Autowired
    LaporanDokumenService dokumen;
    @Autowired
    PerjanjianKinerjaService perjanjianKinerja;

    @Test
    void eachFurtherIndicatorIsReportedAndMeasuredAgainstItsAnnualTargetByItsKind() throws Exception {
        KecamatanSeed003 k = KecamatanSeed003.siapkanTanpaRencanaAksi(organisasi, akun, renstra, renja, users, json,
                INDIKATOR_LAIN);
        k.rencanaAksiDisetujui(rencanaAksi, users);
        Masuk.sebagai(users, k.sekcam());
        long evaluasiId = pembukaan.mulai(k.kecamatanId(), 2026, 1).id();
        long laporanId = evaluasi.laporanId(evaluasiId, k.lain()).orElseThrow();

        Masuk.sebagai(users, k.kepalaLain());
        BarisLaporan kosong = baris(evaluasi.laporan(laporanId));
        assertThat(kosong.indikatorLain()).extracting(IndikatorLainLaporan::urutan).containsExactly(2, 3);
        assertThat(kosong.indikatorLain().get(0).targetTahunan()).isEqualByComparingTo("8");
        assertThat(kosong.indikatorLain().get(1).jenis()).as("a % indicator without a kind is a level")
                .isEqualTo(id.sipeka.renstra.JenisIndikator.TINGKAT);

        pengisian.simpanBaris(new UbahLaporanBaris(kosong.id(), kosong.version(), BigDecimal.ONE, 250_000L, null, null, null,
                Map.of(2, new BigDecimal("3"), 3, new BigDecimal("85"))));

        LaporanData laporan = evaluasi.laporan(laporanId);
        BarisLaporan b = baris(laporan);
        IndikatorLainLaporan desa = b.indikatorLain().get(0);
        assertThat(desa.realisasiTw()).isEqualByComparingTo("3");
        assertThat(desa.realisasiSd()).isEqualByComparingTo("3");
        assertThat(desa.capaianSd()).isEqualByComparingTo("37.50"); // 3 / 8 × 100
        IndikatorLainLaporan persen = b.indikatorLain().get(1);
        assertThat(id.sipeka.base.FormatIndonesia.persen(persen.capaianSd())).isEqualTo("94,44%"); // 85 / 90 × 100, half-up
        // no quarterly target for the further indicators: the first alone makes the row's capaian of the quarter
        // and the report's average, 1 of TW I's target 1
        assertThat(desa.capaianTw()).isNull();
        assertThat(b.capaianTw()).isEqualByComparingTo(Capaian.kinerja(b.targetTw(), BigDecimal.ONE, b.polaritas()));
        assertThat(laporan.ringkasan().rataKinerja()).isEqualByComparingTo(b.capaianTw());

        byte[] docx = dokumen.docx(laporanId).isi();
        assertThat(baris(docx, "Indikator ke-2: Jumlah desa dilayani")).containsExactly("",
                "Indikator ke-2: Jumlah desa dilayani", "8 Desa", "", "3", "–", "37,50%", "");
        assertThat(baris(docx, "Indikator ke-3: Persentase permintaan terlayani")).contains("90 %", "85", "94,44%");
        assertThat(teks(docx)).contains("Indikator ke-2 \"Jumlah desa dilayani\": target triwulan – Desa terealisasi 3 Desa,"
                + " capaian –; s.d. triwulan ini 3 Desa dari target tahunan 8 Desa, capaian 37,50%.");
    }

    @Test
    void theEvaluationMeasuresAFurtherIndicatorAgainstTheTargetOfTheDitetapkanRenjaNotTheRenstras() {
        // the unit sets the 2nd indicator's 2026 target to 6 in its Renja (the Renstra says 8)
        KecamatanSeed003 k = KecamatanSeed003.siapkanTanpaRencanaAksi(organisasi, akun, renstra, renja, users, json,
                INDIKATOR_LAIN, b -> b.indikatorLain().isEmpty() ? null
                        : List.of(new id.sipeka.renja.RenjaData.UbahIndikatorLain(2, "Jumlah desa dilayani langsung",
                                new BigDecimal("6"), null)));
        k.rencanaAksiDisetujui(rencanaAksi, users);
        Masuk.sebagai(users, k.sekcam());
        long evaluasiId = pembukaan.mulai(k.kecamatanId(), 2026, 1).id();
        long laporanId = evaluasi.laporanId(evaluasiId, k.lain()).orElseThrow();
        Masuk.sebagai(users, k.kepalaLain());
        BarisLaporan kosong = baris(evaluasi.laporan(laporanId));
        pengisian.simpanBaris(new UbahLaporanBaris(kosong.id(), kosong.version(), BigDecimal.ONE, 250_000L, null, null, null,
                Map.of(2, new BigDecimal("3"))));

        IndikatorLainLaporan desa = baris(evaluasi.laporan(laporanId)).indikatorLain().get(0);
        assertThat(desa.indikator()).isEqualTo("Jumlah desa dilayani langsung");
        assertThat(desa.targetTahunan()).isEqualByComparingTo("6");
        assertThat(desa.capaianSd()).isEqualByComparingTo("50.00"); // 3 / 6 × 100, not 3 / 8
        IndikatorLainLaporan persen = baris(evaluasi.laporan(laporanId)).indikatorLain().get(1);
        assertThat(persen.targetTahunan()).as("left as the Renstra gave it").isEqualByComparingTo("90");
    }

    @Test
    void thePerjanjianKinerjaAgreesOnEveryIndicatorOfTheSubKegiatanWithItsTarget() {
        KecamatanSeed003 k = KecamatanSeed003.siapkanTanpaRencanaAksi(organisasi, akun, renstra, renja, users, json,
                INDIKATOR_LAIN);
        Masuk.sebagai(users, k.kepalaLain());

        EvaluasiData.PerjanjianKinerjaData pk = perjanjianKinerja.perjanjianKinerja(k.renjaId(), k.lain());

        EvaluasiData.BarisPk b = pk.baris().stream().filter(x -> x.kode().equals(KecamatanSeed003.LAIN)).findFirst()
                .orElseThrow();
        assertThat(b.indikatorLain()).extracting(EvaluasiData.IndikatorTarget::indikator)
                .containsExactly("Jumlah desa dilayani", "Persentase permintaan terlayani");
        List<List<String>> tabel = DokumenPerjanjianKinerja.tabel(pk).baris().stream()
                .map(r -> r.sel().stream().map(id.sipeka.dokumen.Sel::teks).toList()).toList();
        int baris = tabel.indexOf(tabel.stream().filter(r -> r.get(1).startsWith(KecamatanSeed003.LAIN)).findFirst()
                .orElseThrow());
        assertThat(tabel.get(baris + 1)).containsExactly("", "", "Jumlah desa dilayani", "8 Desa", "");
        assertThat(tabel.get(baris + 2)).containsExactly("", "", "Persentase permintaan terlayani", "90 %", "");
    }

    @Test
    void aNumberForAnIndicatorTheSubKegiatanHasNotOrANegativeOneIsRefusedAndNothingChanges() {
        KecamatanSeed003 k = KecamatanSeed003.siapkanTanpaRencanaAksi(organisasi, akun, renstra, renja, users, json,
                INDIKATOR_LAIN);
        k.rencanaAksiDisetujui(rencanaAksi, users);
        Masuk.sebagai(users, k.sekcam());
        long evaluasiId = pembukaan.mulai(k.kecamatanId(), 2026, 1).id();
        long laporanId = evaluasi.laporanId(evaluasiId, k.lain()).orElseThrow();
        Masuk.sebagai(users, k.kepalaLain());
        BarisLaporan b = baris(evaluasi.laporan(laporanId));

        assertThatThrownBy(() -> pengisian.simpanBaris(new UbahLaporanBaris(b.id(), b.version(), BigDecimal.ONE, 1L, null,
                null, null, Map.of(4, BigDecimal.ONE))))
                .isInstanceOf(AturanDilanggarException.class).hasMessageContaining("tidak punya indikator dengan nomor itu");
        assertThatThrownBy(() -> pengisian.simpanBaris(new UbahLaporanBaris(b.id(), b.version(), BigDecimal.ONE, 1L, null,
                null, null, Map.of(2, new BigDecimal("-1")))))
                .isInstanceOf(AturanDilanggarException.class);
        BarisLaporan tetap = baris(evaluasi.laporan(laporanId));
        assertThat(tetap.realisasiTw()).isNull();
        assertThat(tetap.indikatorLain()).allSatisfy(i -> assertThat(i.realisasiTw()).isNull());
    }

    private static BarisLaporan baris(LaporanData l) {
        return l.baris().stream().filter(x -> x.kode().equals(KecamatanSeed003.LAIN)).findFirst().orElseThrow();
    }

    /** The cell texts of the first table row whose second cell is {@code nama}. */
    private static List<String> baris(byte[] docx, String nama) throws Exception {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
            for (XWPFTable t : doc.getTables()) {
                for (XWPFTableRow r : t.getRows()) {
                    List<String> sel = new ArrayList<>();
                    for (XWPFTableCell c : r.getTableCells()) {
                        sel.add(c.getText().strip());
                    }
                    if (sel.size() > 1 && sel.get(1).equals(nama)) {
                        return sel;
                    }
                }
            }
        }
        throw new AssertionError("no row " + nama);
    }

    private static String teks(byte[] docx) throws Exception {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
            return String.join("\n", doc.getParagraphs().stream().map(XWPFParagraph::getText).toList());
        }
    }
}
