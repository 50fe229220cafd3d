package id.sipeka.renja;

import static org.assertj.core.api.Assertions.assertThat;

import id.sipeka.Masuk;
import id.sipeka.organisasi.AkunService;
import id.sipeka.organisasi.OrganisasiService;
import id.sipeka.renja.RenjaData.BarisRenja;
import id.sipeka.renstra.HasilImpor;
import id.sipeka.renstra.ImporRenstraService;
import id.sipeka.renstra.MasalahImpor;
import id.sipeka.renstra.PratinjauImpor;
import id.sipeka.renstra.RenstraData.BarisRenstra;
import id.sipeka.renstra.RenstraData.RenstraLengkap;
import id.sipeka.renstra.RenstraService;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.userdetails.UserDetailsService;
import tools.jackson.databind.ObjectMapper;

/**
 * Issue 13's second kabupaten in one file: a 3-year transition Renstra (2024–2026) with Aktivitas, lokasi, sumber dana
 * and several indicators, imported from JSON and back through the XLSX template, opened as a Renja and printed. Every
 * expected total is computed here from the file's own figures.
 */
@SpringBootTest
class KabupatenKeduaTest {

    // Aktivitas of sub kegiatan 0001 per year: 2025 = 4.250.000 + 3.100.000; 2026 = 4.400.000 + 3.300.000
    private static final long AKT1_2025 = 4_250_000L;
    private static final long AKT2_2025 = 3_100_000L;
    private static final long AKT1_2026 = 4_400_000L;
    private static final long AKT2_2026 = 3_300_000L;
    // sub kegiatan 0002 has no Aktivitas: its own pagu
    private static final long SUB2_2025 = 2_500_000L;
    private static final long SUB2_2026 = 2_750_000L;
    private static final long PAGU_SUB1_TERTULIS_2025 = 7_000_000L; // printed; the Aktivitas sum differs

    static final String BERKAS = """
            {"tahunAwal": 2024, "tahunAkhir": 2026, "nomenklatur": [
             {"kode": "7.01.01", "nama": "Program Penunjang Urusan Pemerintahan Daerah", "indikator": "Nilai SAKIP",
              "satuan": "Nilai", "target": {"2025": 65, "2026": 70},
              "indikatorLain": [{"indikator": "Persentase dokumen perencanaan tepat waktu", "satuan": "%%",
                                 "target": {"2025": 100, "2026": 100}}]},
             {"kode": "7.01.01.2.01", "nama": "Perencanaan, Penganggaran dan Evaluasi Kinerja",
              "indikator": "Jumlah dokumen perencanaan", "satuan": "Dokumen", "target": {"2025": 2, "2026": 2},
              "indikatorLain": [{"indikator": "Jumlah laporan evaluasi", "satuan": "Laporan", "jenis": "JUMLAH",
                                 "target": {"2025": 4, "2026": 4}},
                                {"indikator": "Rata-rata keterlambatan laporan", "satuan": "Hari", "polaritas": "TURUN",
                                 "baseline": 12, "target": {"2025": 7, "2026": 5}}]},
             {"kode": "7.01.01.2.01.0001", "nama": "Penyusunan Dokumen Perencanaan", "unit": "SEKSI-PEM",
              "indikator": "Jumlah dokumen Renja", "satuan": "Dokumen", "target": {"2025": 1, "2026": 1},
              "pagu": {"2025": %d}, "sumberDana": "dau", "lokasi": "Desa Bayondo, Desa Mekar",
              "indikatorLain": [{"indikator": "Jumlah desa yang mengikuti musrenbang", "satuan": "Desa",
                                 "target": {"2025": 2, "2026": 2}}]},
             {"kode": "7.01.01.2.01.0001.1", "nama": "Rapat koordinasi penyusunan", "volume": 4, "satuan": "Kali",
              "prioritas": "TINGGI", "lokasi": "Kecamatan %s", "pagu": {"2025": %d, "2026": %d}},
             {"kode": "7.01.01.2.01.0001.2", "nama": "Pendampingan musrenbang desa", "volume": 2, "satuan": "Desa",
              "prioritas": "sedang", "lokasi": "Desa Bayondo, Desa Mekar", "pagu": {"2025": %d, "2026": %d}},
             {"kode": "7.01.01.2.01.0002", "nama": "Evaluasi Kinerja Perangkat Daerah", "unit": "SEKSI-PMD",
              "indikator": "Jumlah laporan evaluasi", "satuan": "Laporan", "target": {"2025": 4, "2026": 4},
              "pagu": {"2025": %d, "2026": %d}, "sumberDana": "PAD, bankeu"}]}""";

    /** The file for kecamatan {@code nama}, with the figures above. */
    static String berkas(String nama) {
        return BERKAS.formatted(PAGU_SUB1_TERTULIS_2025, nama, AKT1_2025, AKT1_2026, AKT2_2025, AKT2_2026, SUB2_2025,
                SUB2_2026);
    }

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
    RenstraService renstra;
    @Autowired
    LayananRenja renja;
    @Autowired
    RenjaDokumenService dokumen;

    @Test
    void aTransitionRenstraWithAktivitasLokasiSumberDanaAndSeveralIndicatorsComesInExactAndReachesTheRenja() {
        KabupatenAktivitasUji k = KabupatenAktivitasUji.siapkan(organisasi, akun, users, true);
        String nama = k.kecamatan().nama();
        String berkas = BERKAS.formatted(PAGU_SUB1_TERTULIS_2025, nama, AKT1_2025, AKT1_2026, AKT2_2025, AKT2_2026,
                SUB2_2025, SUB2_2026);
        Masuk.sebagai(users, "admin");

        HasilImpor hasil = impor.imporJson(k.kecamatan().id(), json.readTree(berkas));

        long sub1_2025 = AKT1_2025 + AKT2_2025;
        long sub1_2026 = AKT1_2026 + AKT2_2026;
        assertThat(hasil.peringatan()).as("only the printed 2025 pagu of sub kegiatan 0001 differs from its Aktivitas")
                .singleElement().extracting(MasalahImpor::alasan).asString()
                .contains("7.01.01.2.01.0001").contains("Rp 7.000.000").contains("Rp 7.350.000");
        RenstraLengkap r = renstra.lengkap(hasil.renstraId());
        assertThat(r.renstra().periode()).isEqualTo("2024–2026");
        assertThat(baris(r, "7.01.01.2.01.0001").pagu()).containsEntry(2025, sub1_2025).containsEntry(2026, sub1_2026);
        assertThat(baris(r, "7.01.01.2.01").pagu()).containsEntry(2025, sub1_2025 + SUB2_2025)
                .containsEntry(2026, sub1_2026 + SUB2_2026);
        assertThat(r.totalPeriode()).isEqualTo(sub1_2025 + sub1_2026 + SUB2_2025 + SUB2_2026);
        assertThat(baris(r, "7.01.01.2.01.0001").sumberDana()).isEqualTo("DAU");
        assertThat(baris(r, "7.01.01.2.01.0002").sumberDana()).isEqualTo("PAD, BANKEU");
        assertThat(baris(r, "7.01.01").indikatorLain()).hasSize(1);
        assertThat(baris(r, "7.01.01.2.01").indikatorLain()).extracting(i -> i.satuan()).containsExactly("Laporan", "Hari");

        // the downloaded template carries all of it back: imported again, it changes nothing
        PratinjauImpor ulang = impor.pratinjauXlsx(k.kecamatan().id(),
                new ByteArrayInputStream(impor.templateXlsx(k.kecamatan().id(), 2024, 2026)));
        assertThat(ulang.peringatan()).isEmpty();
        assertThat(ulang.perubahan()).isEmpty();
        assertThat(ulang.totalSesudah()).isEqualTo(ulang.totalSebelum());
        assertThat(ulang.totalSesudah()).containsEntry(2025, sub1_2025 + SUB2_2025).containsEntry(2026, sub1_2026 + SUB2_2026);

        // the Renja 2025 of the first kecamatan: lokasi, sumber dana, Aktivitas and every indicator reach its rows
        Masuk.sebagai(users, k.sekcam());
        long renjaId = renja.pembukaan().buka(k.kecamatan().id(), 2025, RenjaUji.batasDari(LocalDate.now())).id();
        Masuk.sebagai(users, k.kasiPem());
        BarisRenja satu = renja.baca().barisUnit(renjaId, k.pem()).getFirst();
        assertThat(satu.lokasi()).isEqualTo("Desa Bayondo, Desa Mekar");
        assertThat(satu.sumberDana()).isEqualTo("DAU");
        assertThat(satu.pagu()).isEqualTo(sub1_2025);
        Masuk.sebagai(users, k.sekcam());
        String teks = String.join("\n", TabelDibaca.dariDocx(dokumen.docx(renjaId).isi()).values().stream()
                .flatMap(t -> t.baris().stream()).map(b -> String.join(" | ", b)).toList());
        assertThat(teks).contains("1) Jumlah dokumen Renja; 2) Jumlah desa yang mengikuti musrenbang")
                .contains("Rapat koordinasi penyusunan").contains("Pendampingan musrenbang desa");
    }

    @Test
    void thePreviewOfAReImportNamesAChangedLokasiAndEachAktivitasAddedRemovedOrChanged() {
        KabupatenAktivitasUji k = KabupatenAktivitasUji.siapkan(organisasi, akun, users, true);
        String nama = k.kecamatan().nama();
        String berkas = BERKAS.formatted(PAGU_SUB1_TERTULIS_2025, nama, AKT1_2025, AKT1_2026, AKT2_2025, AKT2_2026,
                SUB2_2025, SUB2_2026);
        Masuk.sebagai(users, "admin");
        impor.imporJson(k.kecamatan().id(), json.readTree(berkas));
        String ubahan = berkas
                .replace("\"sumberDana\": \"dau\", \"lokasi\": \"Desa Bayondo, Desa Mekar\"",
                        "\"sumberDana\": \"dau\", \"lokasi\": \"Desa Bayondo\"")
                .replace("Pendampingan musrenbang desa", "Pendampingan musyawarah desa")
                .replace("7.01.01.2.01.0001.1\"", "7.01.01.2.01.0001.3\"");

        PratinjauImpor p = impor.pratinjauJson(k.kecamatan().id(), json.readTree(ubahan));

        assertThat(p.perubahan()).singleElement().satisfies(b -> {
            assertThat(b.kode()).isEqualTo("7.01.01.2.01.0001");
            assertThat(b.rincian()).isEqualTo("Lokasi: \"Desa Bayondo, Desa Mekar\" → \"Desa Bayondo\"; "
                    + "Aktivitas 7.01.01.2.01.0001.1 dihapus; Aktivitas 7.01.01.2.01.0001.2 diubah; "
                    + "Aktivitas 7.01.01.2.01.0001.3 ditambah");
        });
        assertThat(p.totalSesudah()).isEqualTo(p.totalSebelum());
    }

    private static BarisRenstra baris(RenstraLengkap r, String kode) {
        return r.semuaBaris().stream().filter(b -> b.kode().equals(kode)).findFirst().orElseThrow();
    }
}
