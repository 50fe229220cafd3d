package id.sipeka.evaluasi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.sipeka.Masuk;
import id.sipeka.base.AturanDilanggarException;
import id.sipeka.base.DataTidakDitemukanException;
import id.sipeka.base.StatusPersetujuan;
import id.sipeka.dokumen.PeriksaDokumen;
import id.sipeka.evaluasi.KecamatanKalaenaUji.Kecamatan;
import id.sipeka.evaluasi.LkjipData.AngkaLkjip;
import id.sipeka.evaluasi.LkjipData.LkjipTampil;
import id.sipeka.inbox.InboxService;
import id.sipeka.organisasi.OrganisasiData.PenugasanData;
import id.sipeka.organisasi.OrganisasiService;
import id.sipeka.organisasi.PosisiPlt;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipInputStream;
import org.flowable.engine.RuntimeService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The LKjIP of a year on MariaDB, in a kecamatan at Kalaena's scale (the demo Renstra 2025–2029, 44 sub kegiatan over
 * six units): Renja 2025 with TW I–II signed, Renja 2026 with TW I–IV, where one unit's TW IV report is verified but
 * not signed — its figures must not count. Every figure is recomputed here straight from the tables. The approval runs
 * sekcam → camat (returns it) → sekcam → an acting camat (Plt.) signs.
 */
@SpringBootTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LkjipTest {

    private static final int TAHUN = 2026;
    private static final int LALU = 2025;

    @Autowired
    KecamatanKalaenaUji kalaena;
    @Autowired
    LkjipService lkjip;
    @Autowired
    OrganisasiService organisasi;
    @Autowired
    InboxService inbox;
    @Autowired
    RuntimeService runtime;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Clock clock;
    @Autowired
    UserDetailsService users;

    Kecamatan k;
    long renjaLalu;

    @BeforeAll
    void siapkan() {
        Masuk.sebagai(users, "admin");
        Kecamatan baru = kalaena.buat(organisasi.semuaKabupaten().getFirst().id());
        renjaLalu = kalaena.tahun(baru, LALU);
        kalaena.triwulan(baru, LALU, 1);
        kalaena.triwulan(baru, LALU, 2);
        k = new Kecamatan(baru.kecamatanId(), kalaena.tahun(baru, TAHUN), baru.sekcam(), baru.camat(), baru.unit(), baru.kepala());
        for (int tw = 1; tw <= 3; tw++) {
            kalaena.triwulan(k, TAHUN, tw);
        }
        long evaluasiId = kalaena.mulai(k, TAHUN, 4);
        for (String kode : KecamatanKalaenaUji.UNIT) {
            Masuk.sebagai(users, "admin");
            long laporanId = kalaena.isi(k, evaluasiId, kode);
            kalaena.ajukan(k, kode, laporanId);
            kalaena.verifikasi(k, laporanId);
            if (!kode.equals("SEKSI-PU")) {
                kalaena.tandaTangani(k, laporanId);
            }
        }
        Masuk.keluar();
    }

    @AfterEach
    void keluar() {
        Masuk.keluar();
    }

    @Test
    void everyFigureOfTheYearsLkjipEqualsARecomputationFromTheSignedReports() {
        Masuk.sebagai(users, k.sekcam());
        AngkaLkjip a = lkjip.angka(k.kecamatanId(), TAHUN);

        HitungUlangLkjip hitung = new HitungUlangLkjip(jdbc, k.kecamatanId());
        assertThat(hitung.rupiah(TAHUN, true)).as("an unsigned report does count nowhere")
                .isNotEqualTo(hitung.rupiah(TAHUN, false));
        assertThat(a.tahunLalu()).containsExactly(LALU);
        assertThat(a.tahunAkhirRenstra()).isEqualTo(2029);
        hitung.periksa(a, k.renjaId(), Map.of(LALU, renjaLalu), 2029);

        // BAB II: the Renstra's sasaran with their IKU targets of the year and of 2029
        List<Map<String, Object>> sasaran = jdbc.queryForList("SELECT ts.kode, (SELECT t.target FROM tujuan_sasaran_tahun t"
                + " WHERE t.tujuan_sasaran_id = ts.id AND t.tahun = ?) AS target FROM tujuan_sasaran ts JOIN renstra r"
                + " ON r.id = ts.renstra_id WHERE r.kecamatan_id = ? AND ts.tingkat = 'SASARAN' ", TAHUN,
                k.kecamatanId());
        assertThat(a.sasaran()).hasSize(sasaran.size()).isNotEmpty();
        Map<String, BigDecimal> targetSasaran = new HashMap<>();
        sasaran.forEach(s -> targetSasaran.put((String) s.get("kode"), (BigDecimal) s.get("target")));
        a.sasaran().forEach(s -> HitungUlangLkjip.sama(s.targetTahun(), targetSasaran.get(s.kode()), "sasaran " + s.kode()));
    }

    @Test
    void theDraftPdfIsPdfAAndTheDocxAndXlsxCarryTheYearsTables() throws Exception {
        Masuk.sebagai(users, k.sekcam());
        AngkaLkjip a = lkjip.angka(k.kecamatanId(), TAHUN);
        byte[] pdf = lkjip.pdf(k.kecamatanId(), TAHUN).isi();
        assertThat(PeriksaDokumen.pelanggaranPdfA(pdf)).isEmpty();
        String teks = PeriksaDokumen.teks(pdf).replaceAll("\\s+", " ");
        assertThat(teks).contains("LAPORAN KINERJA INSTANSI PEMERINTAH", "PERENCANAAN KINERJA", "AKUNTABILITAS KINERJA",
                "Tabel 3.1", "Efisiensi", id.sipeka.base.FormatIndonesia.rupiah(a.jumlah().anggaran()));
        assertThat(isiZip(lkjip.docx(k.kecamatanId(), TAHUN).isi(), "word/document.xml")).contains("AKUNTABILITAS KINERJA");
        assertThat(isiZip(lkjip.xlsx(k.kecamatanId(), TAHUN).isi(), "xl/workbook.xml")).contains("\"Tabel 2.1\"", "\"Tabel 2.2\"",
                "\"Tabel 3.1\"", "\"Tabel 3.2\"", "\"Tabel 3.3\"", "\"Tabel 3.4\"");
    }

    @Test
    void theSekcamSubmitsTheCamatReturnsItWithAReasonThenSignsItAndTheSignedPdfIsArchived() {
        long kec = k.kecamatanId();
        // rights: a kasi writes nothing, the camat does not draft, another kecamatan does not even see it
        Masuk.sebagai(users, k.kepala().get("SEKSI-PEM"));
        assertThat(lkjip.lkjip(kec, TAHUN).bolehUbah()).isFalse();
        assertThatThrownBy(() -> lkjip.simpanNarasi(kec, TAHUN, BagianLkjip.PENUTUP, "x")).isInstanceOf(AccessDeniedException.class);
        Masuk.sebagai(users, k.camat());
        assertThatThrownBy(() -> lkjip.ajukan(kec, TAHUN)).isInstanceOf(AccessDeniedException.class);
        Masuk.sebagai(users, "sekcam"); // Kalaena's sekcam
        assertThatThrownBy(() -> lkjip.lkjip(kec, TAHUN)).isInstanceOfAny(DataTidakDitemukanException.class,
                AccessDeniedException.class);

        Masuk.sebagai(users, k.sekcam());
        LkjipTampil awal = lkjip.lkjip(kec, TAHUN);
        assertThat(awal.bawaan()).containsValues(true).doesNotContainValue(false);
        assertThat(awal.narasi().get(BagianLkjip.AKUNTABILITAS)).contains("Rata-rata tingkat capaian kinerja");
        lkjip.simpanNarasi(kec, TAHUN, BagianLkjip.PENUTUP, "Penutup yang ditulis sekretaris camat.");
        assertThat(lkjip.lkjip(kec, TAHUN).narasi().get(BagianLkjip.PENUTUP)).isEqualTo("Penutup yang ditulis sekretaris camat.");
        assertThat(lkjip.lkjip(kec, TAHUN).bawaan().get(BagianLkjip.PENUTUP)).isFalse();
        assertThat(tugas(k.sekcam())).containsExactly("LKjIP 2026 → lkjip/2026");
        lkjip.ajukan(kec, TAHUN);
        assertThatThrownBy(() -> lkjip.simpanNarasi(kec, TAHUN, BagianLkjip.PENUTUP, "lagi"))
                .isInstanceOf(AturanDilanggarException.class);
        assertThatThrownBy(() -> lkjip.tandaTangani(kec, TAHUN, "Kalaena Kiri", LocalDate.of(2027, 1, 20)))
                .isInstanceOf(AccessDeniedException.class);

        Masuk.sebagai(users, k.camat());
        assertThat(tugas(k.camat())).containsExactly("LKjIP 2026 → lkjip/2026");
        assertThat(lkjip.lkjip(kec, TAHUN).bolehPutus()).isTrue();
        assertThatThrownBy(() -> lkjip.kembalikan(kec, TAHUN, " ")).isInstanceOf(AturanDilanggarException.class);
        lkjip.kembalikan(kec, TAHUN, "Lengkapi analisis efisiensi.");

        Masuk.sebagai(users, k.sekcam());
        LkjipTampil kembali = lkjip.lkjip(kec, TAHUN);
        assertThat(kembali.status()).isEqualTo(StatusPersetujuan.DIKEMBALIKAN);
        assertThat(kembali.alasan()).isEqualTo("Lengkapi analisis efisiensi.");
        assertThat(tugas(k.sekcam())).containsExactly("LKjIP 2026 → lkjip/2026");
        lkjip.simpanNarasi(kec, TAHUN, BagianLkjip.AKUNTABILITAS, "Analisis efisiensi yang dilengkapi.");
        lkjip.ajukan(kec, TAHUN);

        // the kasi of Pemerintahan Umum, acting camat (Plt.) today, signs it
        String kasi = k.kepala().get("SEKSI-PEM");
        Masuk.sebagai(users, "admin");
        long pegawaiKasi = jdbc.queryForObject("SELECT pegawai_id FROM akun WHERE username = ?", Long.class, kasi);
        LocalDate hariIni = LocalDate.now(clock);
        organisasi.simpanPenugasan(new PenugasanData(null, kec, pegawaiKasi, "Plt.", PosisiPlt.CAMAT, null, hariIni, hariIni,
                "SK uji LKjIP", 0));
        Masuk.sebagai(users, kasi);
        assertThat(lkjip.lkjip(kec, TAHUN).bolehPutus()).isTrue();
        lkjip.tandaTangani(kec, TAHUN, "Kalaena Kiri", LocalDate.of(2027, 1, 20));
        LkjipTampil akhir = lkjip.lkjip(kec, TAHUN);
        assertThat(akhir.status()).isEqualTo(StatusPersetujuan.DISETUJUI);
        assertThat(akhir.arsipKode()).isNotBlank();
        assertThat(runtime.createProcessInstanceQuery().processDefinitionKey("lkjip")
                .processInstanceBusinessKey(String.valueOf(jdbc.queryForObject("SELECT id FROM lkjip WHERE kecamatan_id = ?"
                        + " AND tahun = ?", Long.class, kec, TAHUN))).count()).as("the process has ended").isZero();
        byte[] asli = lkjip.pdf(kec, TAHUN).isi();
        assertThat(PeriksaDokumen.tandaTanganSah(asli)).isTrue();
        assertThat(PeriksaDokumen.pelanggaranPdfA(asli)).isEmpty();
        assertThat(PeriksaDokumen.teks(asli)).contains("Analisis efisiensi yang dilengkapi.", "Plt. CAMAT").doesNotContain("DRAF");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM dokumen_arsip WHERE kode = ?", Integer.class, akhir.arsipKode()))
                .isEqualTo(1);
        assertThatThrownBy(() -> lkjip.kembalikan(kec, TAHUN, "terlambat")).isInstanceOf(AturanDilanggarException.class);
    }

    private List<String> tugas(String siapa) {
        Masuk.sebagai(users, siapa);
        return inbox.tugasSaya().stream().filter(t -> t.prosesKey().equals("lkjip")).map(t -> t.judul() + " → " + t.rute()).toList();
    }

    private static String isiZip(byte[] zip, String nama) throws Exception {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (var e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                if (e.getName().equals(nama)) {
                    return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
                }
            }
        }
        return "";
    }
}
