package id.sipeka.renstra;

import static org.assertj.core.api.Assertions.assertThat;

import id.sipeka.Masuk;
import id.sipeka.organisasi.AkunService;
import id.sipeka.organisasi.OrganisasiData.KecamatanData;
import id.sipeka.organisasi.OrganisasiService;
import id.sipeka.renja.KabupatenAktivitasUji;
import id.sipeka.renstra.AktivitasData.AktivitasRenstraData;
import id.sipeka.renstra.AktivitasData.AktivitasRenstraIsi;
import id.sipeka.renstra.RenstraData.BarisRenstra;
import id.sipeka.renstra.RenstraData.BarisTujuanSasaran;
import id.sipeka.renstra.RenstraData.IndikatorBaris;
import id.sipeka.renstra.RenstraData.RenstraLengkap;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.userdetails.UserDetailsService;
import tools.jackson.databind.ObjectMapper;

/**
 * Issue 13's second kabupaten through SIPD's layout: a 3-year Renstra (2024–2026) with Aktivitas, lokasi, sumber dana
 * and several indicators per program, kegiatan and sub kegiatan, exported as SIPD's sheet and imported back — over
 * itself (a re-import that changes nothing) and into a new kecamatan — with every field identical.
 */
@SpringBootTest
class SipdRenstraKabupatenKeduaTest {

    // Aktivitas of sub kegiatan 7.01.01.2.01.0001 per year 2024, 2025, 2026 (0: the year is left empty)
    private static final long[] AKT1 = {4_000_000L, 4_250_000L, 4_400_000L};
    private static final long[] AKT2 = {2_000_000L, 3_100_000L, 0L};
    private static final long[] AKT12 = {0L, 1_250_000L, 1_500_000L};
    // sub kegiatan 7.01.01.2.01.0002 has no Aktivitas: its own pagu
    private static final long[] SUB2 = {2_000_000L, 2_500_000L, 2_750_000L};
    // the one Aktivitas (three-digit code) of sub kegiatan 7.01.01.2.02.0003
    private static final long[] AKT101 = {900_000L, 950_000L, 1_000_000L};

    private static final String BERKAS = """
            {"tahunAwal": 2024, "tahunAkhir": 2026, "nomenklatur": [
             {"kode": "7.01.01", "nama": "Program Penunjang Urusan Pemerintahan Daerah", "hasil": "Meningkatnya akuntabilitas",
              "indikator": "Nilai SAKIP", "satuan": "Nilai", "baseline": 60.5, "target": {"2024": 62, "2025": 65, "2026": 70},
              "indikatorLain": [{"indikator": "Rata-rata keterlambatan dokumen", "satuan": "Hari", "polaritas": "TURUN",
                                 "jenis": "TINGKAT", "baseline": 14, "target": {"2024": 10, "2025": 7.5, "2026": 5}}]},
             {"kode": "7.01.01.2.01", "nama": "Perencanaan, Penganggaran dan Evaluasi Kinerja",
              "indikator": "Jumlah dokumen perencanaan", "satuan": "Dokumen", "target": {"2024": 2, "2025": 2, "2026": 3},
              "indikatorLain": [{"indikator": "Jumlah laporan evaluasi", "satuan": "Laporan", "jenis": "JUMLAH",
                                 "target": {"2024": 4, "2025": 4, "2026": 4}},
                                {"indikator": "Persentase rekomendasi ditindaklanjuti", "satuan": "%%", "jenis": "KUMULATIF",
                                 "baseline": 55.25, "target": {"2024": 60, "2025": 75.5, "2026": 90}}]},
             {"kode": "7.01.01.2.01.0001", "nama": "Penyusunan Dokumen Perencanaan", "hasil": "Tersusunnya Renja",
              "unit": "SEKSI-PEM", "indikator": "Jumlah dokumen Renja", "satuan": "Dokumen", "baseline": 1,
              "target": {"2024": 1, "2025": 1, "2026": 2}, "sumberDana": "DAU, PAD", "lokasi": "Desa Bayondo, Desa Mekar",
              "indikatorLain": [{"indikator": "Jumlah desa yang mengikuti musrenbang", "satuan": "Desa",
                                 "target": {"2024": 1, "2025": 2, "2026": 2}}]},
             {"kode": "7.01.01.2.01.0001.1", "nama": "Rapat koordinasi penyusunan", "volume": 4, "satuan": "Kali",
              "prioritas": "TINGGI", "lokasi": "Kecamatan %1$s", "pagu": {"2024": %2$d, "2025": %3$d, "2026": %4$d}},
             {"kode": "7.01.01.2.01.0001.2", "nama": "Pendampingan musrenbang desa", "volume": 1.5, "satuan": "Paket",
              "prioritas": "SEDANG", "lokasi": "Desa Mekar", "pagu": {"2024": %5$d, "2025": %6$d}},
             {"kode": "7.01.01.2.01.0001.12", "nama": "Penggandaan dokumen", "volume": 120, "satuan": "Eksemplar",
              "pagu": {"2025": %7$d, "2026": %8$d}},
             {"kode": "7.01.01.2.01.0002", "nama": "Evaluasi Kinerja Perangkat Daerah", "unit": "SEKSI-PMD",
              "indikator": "Jumlah laporan evaluasi", "satuan": "Laporan", "target": {"2024": 4, "2025": 4, "2026": 4},
              "pagu": {"2024": %9$d, "2025": %10$d, "2026": %11$d}, "sumberDana": "BANKEU", "lokasi": "Kecamatan %1$s",
              "indikatorLain": [{"indikator": "Persentase unit yang dievaluasi", "satuan": "%%", "polaritas": "NAIK",
                                 "target": {"2024": 50, "2025": 75, "2026": 100}},
                                {"indikator": "Hari penyusunan laporan", "satuan": "Hari", "polaritas": "TURUN",
                                 "jenis": "TINGKAT", "baseline": 30, "target": {"2024": 25, "2025": 20, "2026": 15}}]},
             {"kode": "7.01.01.2.02", "nama": "Administrasi Keuangan Perangkat Daerah",
              "indikator": "Persentase laporan keuangan tepat waktu", "satuan": "%%", "target": {"2024": 100, "2025": 100, "2026": 100}},
             {"kode": "7.01.01.2.02.0003", "nama": "Pelaksanaan Penatausahaan Keuangan", "unit": "SEKSI-PMD",
              "indikator": "Jumlah laporan keuangan", "satuan": "Laporan", "target": {"2024": 12, "2025": 12, "2026": 12},
              "sumberDana": "DAU"},
             {"kode": "7.01.01.2.02.0003.101", "nama": "Rekonsiliasi bulanan", "volume": 12, "satuan": "Bulan",
              "prioritas": "RENDAH", "pagu": {"2024": %12$d, "2025": %13$d, "2026": %14$d}}],
             "tujuanSasaran": [
             {"kode": "T1", "uraian": "Terwujudnya tata kelola kecamatan yang akuntabel", "indikator": "Nilai SAKIP kecamatan",
              "satuan": "Nilai", "baseline": 60.5, "target": {"2024": 62, "2025": 65, "2026": 70}},
             {"kode": "T1.S1", "uraian": "Meningkatnya kualitas perencanaan", "indikator": "Persentase dokumen tepat waktu",
              "satuan": "%%", "polaritas": "NAIK", "target": {"2024": 80, "2025": 90, "2026": 100}}]}""";

    /** Six program, kegiatan and sub kegiatan rows with six further indicators and four Aktivitas; two tujuan/sasaran. */
    private static final int BARIS = 6;
    private static final int TUJUAN = 2;

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
    EksporSipdRenstraService ekspor;
    @Autowired
    RenstraService renstra;
    @Autowired
    AktivitasRenstraService aktivitas;

    KabupatenAktivitasUji asal;
    long renstraAsal;

    @BeforeEach
    void renstraKabupatenKedua() {
        asal = KabupatenAktivitasUji.siapkan(organisasi, akun, users, true);
        Masuk.sebagai(users, "admin");
        HasilImpor hasil = impor.imporJson(asal.kecamatan().id(), json.readTree(berkas(asal.kecamatan().nama())));
        assertThat(hasil.peringatan()).isEmpty();
        renstraAsal = hasil.renstraId();
    }

    @AfterEach
    void keluar() {
        Masuk.keluar();
    }

    @Test
    void theSipdSheetCarriesLokasiSumberDanaFurtherIndicatorsAndAktivitasRightBelowTheirRow() throws IOException {
        try (Workbook buku = new XSSFWorkbook(new ByteArrayInputStream(ekspor.xlsx(renstraAsal)))) {
            Sheet sheet = buku.getSheet("Renstra SIPD");
            // 6 rows, 6 further indicators and 4 Aktivitas lines below the header (row 4)
            assertThat(sheet.getLastRowNum()).isEqualTo(3 + BARIS + 6 + 4);
            List<String> kode = new ArrayList<>();
            List<String> nama = new ArrayList<>();
            for (int r = 4; r <= sheet.getLastRowNum(); r++) {
                kode.add(sel(sheet, r, "Kode Program/Kegiatan/Sub Kegiatan"));
                nama.add(sel(sheet, r, "Program/Kegiatan/Sub Kegiatan"));
            }
            assertThat(kode).containsExactly("7.01.01", "7.01.01", "7.01.01.2.01", "7.01.01.2.01", "7.01.01.2.01",
                    "7.01.01.2.01.0001", "7.01.01.2.01.0001", "7.01.01.2.01.0001.1", "7.01.01.2.01.0001.2",
                    "7.01.01.2.01.0001.12", "7.01.01.2.01.0002", "7.01.01.2.01.0002", "7.01.01.2.01.0002",
                    "7.01.01.2.02", "7.01.01.2.02.0003", "7.01.01.2.02.0003.101");
            assertThat(nama.get(1)).as("a further indicator has no name").isEmpty();
            int sub1 = 4 + 5;
            assertThat(sel(sheet, sub1, "Lokasi")).isEqualTo("Desa Bayondo, Desa Mekar");
            assertThat(sel(sheet, sub1, "Sumber Dana")).isEqualTo("DAU, PAD");
            assertThat(sel(sheet, sub1, "Pagu Indikatif Tahun 2025")).isEqualTo(String.valueOf(AKT1[1] + AKT2[1] + AKT12[1]));
            assertThat(sel(sheet, sub1 + 1, "Indikator Kinerja")).isEqualTo("Jumlah desa yang mengikuti musrenbang");
            assertThat(sel(sheet, sub1 + 1, "Target Kinerja Tahun 2025")).isEqualTo("2");
            assertThat(sel(sheet, sub1 + 1, "Kode Unit Kerja")).isEmpty();
            int akt2 = sub1 + 3;
            assertThat(sel(sheet, akt2, "Program/Kegiatan/Sub Kegiatan")).isEqualTo("Pendampingan musrenbang desa");
            assertThat(sel(sheet, akt2, "Volume Aktivitas")).isEqualTo("1.5");
            assertThat(sel(sheet, akt2, "Satuan")).isEqualTo("Paket");
            assertThat(sel(sheet, akt2, "Prioritas Aktivitas")).isEqualTo("SEDANG");
            assertThat(sel(sheet, akt2, "Lokasi")).isEqualTo("Desa Mekar");
            assertThat(sel(sheet, akt2, "Pagu Indikatif Tahun 2024")).isEqualTo(String.valueOf(AKT2[0]));
            assertThat(sel(sheet, akt2, "Pagu Indikatif Tahun 2026")).isEmpty();
            assertThat(sel(sheet, akt2, "Indikator Kinerja")).isEmpty();
            assertThat(sel(sheet, akt2, "Target Kinerja Tahun 2024")).isEmpty();
        }
    }

    @Test
    void aSipdExportReImportedOverItsRenstraChangesNothingAndAppliedKeepsEveryField() {
        RenstraLengkap sebelum = renstra.lengkap(renstraAsal);
        List<Object> isiSebelum = isi(sebelum, aktivitas.isi(renstraAsal));
        byte[] sipd = ekspor.xlsx(renstraAsal);

        PratinjauImpor pratinjau = impor.pratinjauXlsx(asal.kecamatan().id(), new ByteArrayInputStream(sipd));
        assertThat(pratinjau.bolehDiterapkan()).isTrue();
        assertThat(pratinjau.baru()).isFalse();
        assertThat(pratinjau.peringatan()).isEmpty();
        assertThat(pratinjau.perubahan()).isEmpty();
        assertThat(pratinjau.tidakBerubah()).isEqualTo(BARIS + TUJUAN);
        assertThat(pratinjau.totalSesudah()).isEqualTo(pratinjau.totalSebelum()).isEqualTo(totalHarapan());
        HasilImpor hasil = impor.terapkanXlsx(asal.kecamatan().id(), new ByteArrayInputStream(sipd), pratinjau.sidik());

        assertThat(hasil.renstraId()).isEqualTo(renstraAsal);
        assertThat(isi(renstra.lengkap(renstraAsal), aktivitas.isi(renstraAsal))).isEqualTo(isiSebelum);
    }

    @Test
    void aSipdExportImportedIntoANewKecamatanGivesTheSameRenstraFieldByField() {
        RenstraLengkap sumber = renstra.lengkap(renstraAsal);
        AktivitasRenstraIsi sumberAktivitas = aktivitas.isi(renstraAsal);
        byte[] sipd = ekspor.xlsx(renstraAsal);
        // a kecamatan of the same name in another kabupaten with Aktivitas: "Kecamatan <nama>" is its lokasi too
        KabupatenAktivitasUji lain = KabupatenAktivitasUji.siapkan(organisasi, akun, users, true);
        Masuk.sebagai(users, "admin");
        KecamatanData tujuan = lain.kecamatan();
        tujuan = organisasi.simpanKecamatan(new KecamatanData(tujuan.id(), tujuan.kabupatenId(), null, tujuan.kode(),
                asal.kecamatan().nama(), tujuan.ibuKota(), tujuan.version()));

        PratinjauImpor pratinjau = impor.pratinjauXlsx(tujuan.id(), new ByteArrayInputStream(sipd));
        assertThat(pratinjau.bolehDiterapkan()).isTrue();
        assertThat(pratinjau.baru()).isTrue();
        assertThat(pratinjau.peringatan()).isEmpty();
        HasilImpor hasil = impor.terapkanXlsx(tujuan.id(), new ByteArrayInputStream(sipd), pratinjau.sidik());

        RenstraLengkap r = renstra.lengkap(hasil.renstraId());
        AktivitasRenstraIsi a = aktivitas.isi(hasil.renstraId());
        assertThat(r.renstra().periode()).isEqualTo("2024–2026");
        assertThat(isi(r, a)).isEqualTo(isi(sumber, sumberAktivitas));
        // and the figures, computed here from the file's own numbers
        assertThat(r.totalPagu()).isEqualTo(totalHarapan());
        BarisRenstra sub1 = baris(r, "7.01.01.2.01.0001");
        assertThat(sub1.pagu()).isEqualTo(Map.of(2024, AKT1[0] + AKT2[0], 2025, AKT1[1] + AKT2[1] + AKT12[1],
                2026, AKT1[2] + AKT12[2]));
        assertThat(sub1.sumberDana()).isEqualTo("DAU, PAD");
        assertThat(a.lokasi().get(sub1.id())).isEqualTo("Desa Bayondo, Desa Mekar");
        assertThat(a.lokasi().get(baris(r, "7.01.01.2.01.0002").id())).isEqualTo("Kecamatan " + asal.kecamatan().nama());
        assertThat(a.dari(sub1.id())).extracting(AktivitasRenstraData::kode, AktivitasRenstraData::prioritas,
                        AktivitasRenstraData::lokasi)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("7.01.01.2.01.0001.1", Prioritas.TINGGI,
                                "Kecamatan " + asal.kecamatan().nama()),
                        org.assertj.core.groups.Tuple.tuple("7.01.01.2.01.0001.2", Prioritas.SEDANG, "Desa Mekar"),
                        org.assertj.core.groups.Tuple.tuple("7.01.01.2.01.0001.12", null, null));
        assertThat(a.dari(sub1.id()).get(1).volume()).isEqualByComparingTo("1.5");
        assertThat(a.dari(sub1.id()).get(1).pagu()).isEqualTo(Map.of(2024, AKT2[0], 2025, AKT2[1]));
        List<IndikatorBaris> kegiatan = baris(r, "7.01.01.2.01").indikatorLain();
        assertThat(kegiatan).extracting(IndikatorBaris::indikator, IndikatorBaris::jenis)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Jumlah laporan evaluasi", JenisIndikator.JUMLAH),
                        org.assertj.core.groups.Tuple.tuple("Persentase rekomendasi ditindaklanjuti", JenisIndikator.KUMULATIF));
        assertThat(kegiatan.get(1).baseline()).isEqualByComparingTo("55.25");
        assertThat(kegiatan.get(1).target().get(2025)).isEqualByComparingTo("75.5");
        IndikatorBaris program = baris(r, "7.01.01").indikatorLain().getFirst();
        assertThat(program.polaritas()).isEqualTo(Polaritas.TURUN);
        assertThat(program.target().get(2025)).isEqualByComparingTo("7.5");
        assertThat(baris(r, "7.01.01.2.01.0002").indikatorLain()).hasSize(2);
    }

    // ---- helpers ----

    private static String berkas(String kecamatan) {
        return BERKAS.formatted(kecamatan, AKT1[0], AKT1[1], AKT1[2], AKT2[0], AKT2[1], AKT12[1], AKT12[2],
                SUB2[0], SUB2[1], SUB2[2], AKT101[0], AKT101[1], AKT101[2]);
    }

    /** The total per year, from the Aktivitas and the one sub kegiatan without them. */
    private static Map<Integer, Long> totalHarapan() {
        Map<Integer, Long> total = new TreeMap<>();
        for (int i = 0; i < 3; i++) {
            total.put(2024 + i, AKT1[i] + AKT2[i] + AKT12[i] + SUB2[i] + AKT101[i]);
        }
        return total;
    }

    /**
     * Every field of the Renstra but database ids and versions: each row with its further indicators, lokasi and
     * Aktivitas (numbers compared by value), then the tujuan and sasaran, then the totals.
     */
    private static List<Object> isi(RenstraLengkap r, AktivitasRenstraIsi a) {
        List<Object> hasil = new ArrayList<>();
        for (BarisRenstra b : r.semuaBaris()) {
            hasil.add(List.of(b.tingkat(), b.kode(), b.nama(), String.valueOf(b.hasil()), String.valueOf(b.indikator()),
                    String.valueOf(b.satuan()), b.polaritas(), b.jenis(), angka(b.baseline()), String.valueOf(b.unitNama()),
                    String.valueOf(b.sumberDana()), angka(b.target()), new TreeMap<>(b.pagu()),
                    String.valueOf(a.lokasi().get(b.id()))));
            for (IndikatorBaris i : b.indikatorLain()) {
                hasil.add(List.of("indikator", b.kode(), i.indikator(), String.valueOf(i.satuan()), i.polaritas(), i.jenis(),
                        angka(i.baseline()), angka(i.target())));
            }
            for (AktivitasRenstraData x : a.dari(b.id())) {
                hasil.add(List.of("aktivitas", b.kode(), x.kode(), x.nama(), angka(x.volume()), String.valueOf(x.satuan()),
                        String.valueOf(x.prioritas()), String.valueOf(x.lokasi()), new TreeMap<>(x.pagu())));
            }
        }
        for (BarisTujuanSasaran t : r.tujuanSasaran()) {
            hasil.add(List.of(t.tingkat(), t.kode(), t.uraian(), String.valueOf(t.indikator()), String.valueOf(t.satuan()),
                    t.polaritas(), angka(t.baseline()), angka(t.target())));
        }
        hasil.add(new TreeMap<>(r.totalPagu()));
        return hasil;
    }

    private static String angka(BigDecimal b) {
        return b == null ? "-" : b.stripTrailingZeros().toPlainString();
    }

    private static Map<Integer, String> angka(Map<Integer, BigDecimal> m) {
        return m.entrySet().stream().filter(e -> e.getValue() != null)
                .collect(Collectors.toMap(Map.Entry::getKey, e -> angka(e.getValue()), (x, y) -> x, TreeMap::new));
    }

    private static BarisRenstra baris(RenstraLengkap r, String kode) {
        return r.semuaBaris().stream().filter(b -> b.kode().equals(kode)).findFirst().orElseThrow();
    }

    /** A cell's text ("" when empty) under the header that starts with {@code awalJudul} (header row 4). */
    private static String sel(Sheet sheet, int baris, String awalJudul) {
        int kolom = -1;
        for (Cell c : sheet.getRow(3)) {
            if (c.getStringCellValue().equals(awalJudul) || c.getStringCellValue().startsWith(awalJudul + " (")) {
                kolom = c.getColumnIndex();
            }
        }
        assertThat(kolom).as(awalJudul).isNotNegative();
        Row row = sheet.getRow(baris);
        Cell c = row == null ? null : row.getCell(kolom);
        if (c == null) {
            return "";
        }
        return c.getCellType() == CellType.NUMERIC
                ? BigDecimal.valueOf(c.getNumericCellValue()).stripTrailingZeros().toPlainString() : c.getStringCellValue();
    }
}
