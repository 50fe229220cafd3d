package id.sipeka.evaluasi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.sipeka.Masuk;
import id.sipeka.inbox.InboxService;
import id.sipeka.base.AturanDilanggarException;
import id.sipeka.base.DataTidakDitemukanException;
import id.sipeka.dokumen.ArsipDokumen;
import id.sipeka.dokumen.DokumenService;
import id.sipeka.dokumen.HasilPencocokan;
import id.sipeka.dokumen.PeriksaDokumen;
import id.sipeka.evaluasi.PerjanjianKinerjaDokumenService.StatusPk;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import id.sipeka.renja.Batas;
import id.sipeka.renja.LayananRenja;
import id.sipeka.renja.RenjaData.BarisRenja;
import id.sipeka.renja.RenjaData.Forum;
import id.sipeka.renja.RenjaData.UbahBarisRenja;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The Perjanjian Kinerja of the seksi of a seed-003 kecamatan (Renja 2026 ditetapkan) as a document signed in turn:
 * the kasi as pihak pertama, then the camat as pihak kedua on the same PDF. The figures are recomputed here from the
 * Renja rows in the database, not from the service.
 */
@SpringBootTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PerjanjianKinerjaDokumenTest {

    @Autowired
    PenyiapSeed003 penyiap;
    @Autowired
    PerjanjianKinerjaDokumenService pk;
    @Autowired
    DokumenService dokumen;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    UserDetailsService users;
    @Autowired
    InboxService inbox;
    @Autowired
    LayananRenja renja;

    static KecamatanSeed003 k;

    @BeforeEach
    void renja2026Ditetapkan() {
        if (k == null) {
            k = penyiap.siapkanTanpaRencanaAksi();
        }
        Masuk.keluar();
    }

    @AfterEach
    void keluar() {
        Masuk.keluar();
    }

    @Test
    @Order(1)
    void theCamatCannotCountersignBeforeTheUnitHeadHasSigned() {
        Masuk.sebagai(users, k.camat());
        assertThatThrownBy(() -> pk.tandatanganiKedua(k.renjaId(), k.pem()))
                .isInstanceOf(AturanDilanggarException.class)
                .hasMessage("Perjanjian kinerja ini belum ditandatangani kepala unit (pihak pertama); camat menandatangani sesudahnya.");
        assertThatThrownBy(() -> pk.tandatanganiPertama(k.renjaId(), k.pem()))
                .as("the camat is not the seksi's pihak pertama").isInstanceOf(AccessDeniedException.class);
        assertThat(pk.status(k.renjaId(), k.pem()).naskah()).isNull();
    }

    @Test
    @Order(2)
    void onlyTheHeadOfTheUnitSignsItsPkNotAnotherUnitsHeadNorAnotherKecamatan() {
        for (String siapa : List.of(k.kepalaLain(), k.staf(), "wasuponda.kasi")) {
            Masuk.sebagai(users, siapa);
            assertThatThrownBy(() -> pk.tandatanganiPertama(k.renjaId(), k.pem()))
                    .as(siapa).isInstanceOfAny(AccessDeniedException.class, DataTidakDitemukanException.class);
        }
        Masuk.sebagai(users, k.kepalaLain());
        assertThatThrownBy(() -> pk.tandatanganiPertama(k.renjaId(), k.pem()))
                .hasMessage("Hanya kepala unit ini (atau Plt./Plh.-nya) yang dapat menandatangani perjanjian kinerjanya"
                        + " sebagai pihak pertama.");
        Masuk.sebagai(users, "wasuponda.camat");
        assertThatThrownBy(() -> pk.tandatanganiKedua(k.renjaId(), k.pem()))
                .isInstanceOfAny(AccessDeniedException.class, DataTidakDitemukanException.class);
        Masuk.sebagai(users, k.camat());
        assertThat(pk.status(k.renjaId(), k.pem()).naskah()).isNull();
    }

    @Test
    @Order(3)
    void theKasiSignsFirstThenTheCamatCountersignsTheSamePdfAndTheArchiveKeepsItWithBothSignatures() throws Exception {
        Masuk.sebagai(users, k.kasi());
        assertThat(pk.status(k.renjaId(), k.pem()).bolehTandatanganiPertama()).isTrue();
        StatusPk pertama = pk.tandatanganiPertama(k.renjaId(), k.pem());
        String kode = pertama.naskah().kode();
        assertThat(pertama.naskah().lengkap()).isFalse();
        assertThat(pertama.naskah().namaPertama()).isEqualTo("Pejabat Kepala Seksi Pemerintahan Umum");
        assertThat(pertama.naskah().namaKedua()).startsWith("Pejabat Camat Uji");
        assertThatThrownBy(() -> pk.tandatanganiPertama(k.renjaId(), k.pem()))
                .isInstanceOf(AturanDilanggarException.class).hasMessage("Perjanjian kinerja ini sudah ditandatangani pihak pertama.");
        byte[] separuh = pk.pdf(k.renjaId(), k.pem()).isi();
        assertThat(PeriksaDokumen.tandaTanganSah(separuh)).isTrue();
        assertThat(PeriksaDokumen.penandatanganSemua(separuh)).containsExactly("Pejabat Kepala Seksi Pemerintahan Umum");
        assertThat(dokumen.arsip(k.kecamatanId())).extracting(ArsipDokumen::kode).as("not archived before the countersignature")
                .doesNotContain(kode);

        Masuk.sebagai(users, k.kepalaLain());
        assertThatThrownBy(() -> pk.tandatanganiKedua(k.renjaId(), k.pem())).isInstanceOf(AccessDeniedException.class);
        Masuk.sebagai(users, k.camat());
        assertThat(pk.menungguCamat(k.renjaId())).extracting(StatusPk::unitKerjaId).containsExactly(k.pem());
        // the countersignature waits in the camat's Tugas Saya and opens the Renja's rencana aksi and PK screen
        assertThat(inbox.tugasSaya()).filteredOn(t -> t.prosesKey().equals("perjanjianKinerja"))
                .singleElement().satisfies(t -> {
                    assertThat(t.judul()).isEqualTo("Tanda tangan PK 2026 — Seksi Pemerintahan Umum");
                    assertThat(t.rute()).isEqualTo("renja/" + k.renjaId() + "/rencana-aksi");
                });
        StatusPk kedua = pk.tandatanganiKedua(k.renjaId(), k.pem());
        assertThat(kedua.naskah().lengkap()).isTrue();
        assertThat(pk.menungguCamat(k.renjaId())).isEmpty();
        assertThat(inbox.tugasSaya()).noneMatch(t -> t.prosesKey().equals("perjanjianKinerja"));
        assertThatThrownBy(() -> pk.tandatanganiKedua(k.renjaId(), k.pem()))
                .isInstanceOf(AturanDilanggarException.class).hasMessage("Dokumen ini sudah ditandatangani kedua pihak.");

        byte[] pdf = pk.pdf(k.renjaId(), k.pem()).isi();
        assertThat(PeriksaDokumen.tandaTanganSah(pdf)).as("both signatures, the last covering the file").isTrue();
        assertThat(PeriksaDokumen.penandatanganSemua(pdf))
                .containsExactly("Pejabat Kepala Seksi Pemerintahan Umum", pertama.naskah().namaKedua());
        assertThat(PeriksaDokumen.revisi(pdf, 0)).as("the kasi's revision is the file the kasi signed").isEqualTo(separuh);
        assertThat(PeriksaDokumen.tandaTanganSah(PeriksaDokumen.revisi(pdf, 0))).isTrue();
        assertThat(PeriksaDokumen.pelanggaranPdfA(pdf)).isEmpty();
        ArsipDokumen arsip = dokumen.arsip(k.kecamatanId()).stream().filter(a -> a.kode().equals(kode)).findFirst().orElseThrow();
        assertThat(arsip.judul()).isEqualTo("Perjanjian Kinerja Seksi Pemerintahan Umum Tahun 2026");
        assertThat(arsip.penandatangan()).isEqualTo(pertama.naskah().namaKedua());
        assertThat(dokumen.unduh(kode).isi()).isEqualTo(pdf);
        assertThat(dokumen.infoPublik(kode)).isPresent();
        // the public verification page's upload check: the archived file, both signatures valid
        var cocok = dokumen.cocokkan(kode, new java.io.ByteArrayInputStream(pdf));
        assertThat(cocok).isInstanceOf(HasilPencocokan.Cocok.class);
        assertThat(((HasilPencocokan.Cocok) cocok).tandaTangan().sah()).isTrue();
        assertThat(dokumen.cocokkan(kode, new java.io.ByteArrayInputStream(separuh)))
                .as("the kasi's half is not the archived original").isInstanceOf(HasilPencocokan.TidakCocok.class);
        String teks = PeriksaDokumen.teks(pdf);
        assertThat(teks).contains("PERJANJIAN KINERJA TAHUN 2026").contains("PIHAK KEDUA, CAMAT UJI").contains("PIHAK PERTAMA, KEPALA SEKSI PEMERINTAHAN UMUM,")
                .contains("selanjutnya disebut pihak pertama").contains(arsip.nomor());
    }

    @Test
    @Order(4)
    void everyFigureOfThePkIsTheRenjaRowsOfTheUnitAndTheTotalTheirSum() {
        Masuk.sebagai(users, k.camat());
        String teks = PeriksaDokumen.teks(pk.pdf(k.renjaId(), k.pem()).isi());
        List<Baris> baris = jdbc.query("SELECT kode, indikator, target, satuan, pagu FROM renja_baris"
                + " WHERE renja_id = ? AND unit_kerja_id = ? ORDER BY kode", (rs, i) -> new Baris(rs.getString("kode"),
                rs.getString("indikator"), rs.getBigDecimal("target"), rs.getString("satuan"), rs.getLong("pagu")),
                k.renjaId(), k.pem());
        assertThat(baris).hasSize(2);
        long jumlah = 0;
        for (Baris b : baris) {
            assertThat(teks).as(b.kode()).contains(b.indikator() + " " + ribuan(b.target()) + " " + b.satuan() + " Rp "
                    + ribuan(BigDecimal.valueOf(b.pagu())));
            jumlah += b.pagu();
        }
        Long sql = jdbc.queryForObject("SELECT SUM(pagu) FROM renja_baris WHERE renja_id = ? AND unit_kerja_id = ?",
                Long.class, k.renjaId(), k.pem());
        assertThat(jumlah).isEqualTo(sql).isEqualTo(22_571_000L + 11_857_500L);
        assertThat(teks).contains("JUMLAH ANGGARAN Rp " + ribuan(BigDecimal.valueOf(sql)));
    }

    @Test
    @Order(5)
    void afterARenjaPerubahanIsDitetapkanThePkIsSignedAgainAsPerubahanAndTheEarlierOneStaysInTheArchive() {
        long perubahan = perubahanForumLebihBesar();
        Masuk.sebagai(users, k.kasi());
        String kode = pk.tandatanganiPertama(perubahan, k.pem()).naskah().kode();
        Masuk.sebagai(users, k.camat());
        pk.tandatanganiKedua(perubahan, k.pem());
        byte[] pdf = pk.pdf(perubahan, k.pem()).isi();
        assertThat(PeriksaDokumen.tandaTanganSah(pdf)).isTrue();
        assertThat(PeriksaDokumen.penandatanganSemua(pdf)).hasSize(2);
        String teks = PeriksaDokumen.teks(pdf);
        Long jumlah = jdbc.queryForObject("SELECT SUM(pagu) FROM renja_baris WHERE renja_id = ? AND unit_kerja_id = ?",
                Long.class, perubahan, k.pem());
        assertThat(jumlah).isEqualTo(22_571_000L + 2_429_000L + 11_857_500L);
        assertThat(teks).contains("PERJANJIAN KINERJA PERUBAHAN TAHUN 2026").contains("12 Dokumen Rp 25.000.000")
                .contains("JUMLAH ANGGARAN Rp " + ribuan(BigDecimal.valueOf(jumlah)));
        assertThat(dokumen.arsip(k.kecamatanId())).filteredOn(a -> a.jenis().equals("Perjanjian Kinerja"))
                .extracting(ArsipDokumen::judul).containsExactlyInAnyOrder(
                        "Perjanjian Kinerja Seksi Pemerintahan Umum Tahun 2026",
                        "Perjanjian Kinerja Perubahan Seksi Pemerintahan Umum Tahun 2026");
        assertThat(dokumen.arsip(k.kecamatanId())).filteredOn(a -> a.kode().equals(kode)).extracting(ArsipDokumen::tahap)
                .containsExactly("Perubahan");
    }

    /** A perubahan of the seksi only: the forum row's pagu raised by Rp 2.429.000; forum without usulan; the camat signs. */
    private long perubahanForumLebihBesar() {
        LocalDate h = LocalDate.now();
        Masuk.sebagai(users, k.sekcam());
        long id = renja.pembukaan().bukaPerubahan(k.renjaId(), Set.of(k.pem()),
                new Batas(h.plusDays(10), h.plusDays(15), h.plusDays(25), h.plusDays(30))).id();
        Masuk.sebagai(users, k.kasi());
        BarisRenja forum = renja.baca().barisUnit(id, k.pem()).stream()
                .filter(b -> b.kode().equals(KecamatanSeed003.FORUM)).findFirst().orElseThrow();
        renja.pengisian().simpanBaris(new UbahBarisRenja(forum.id(), forum.version(), forum.indikator(), forum.target(),
                forum.lokasi(), forum.pagu() + 2_429_000L, forum.sumberDana(), forum.catatan(), forum.targetMaju(),
                forum.paguMaju()));
        renja.pengisian().ajukanBagian(id, k.pem());
        Masuk.sebagai(users, k.sekcam());
        renja.telaah().setujuiBagian(id, k.pem());
        renja.forumRenja().simpanForum(id, new Forum(h, "Aula Kantor Camat", "Kepala desa", List.of()));
        renja.forumRenja().selesaikanForum(id, Set.of());
        renja.penetapan().setujuiRancanganAkhir(id);
        Masuk.sebagai(users, k.camat());
        renja.penetapan().tetapkan(id, "Kalaena Kiri", h);
        return id;
    }

    private record Baris(String kode, String indikator, BigDecimal target, String satuan, long pagu) {
    }

    /** 22.571.000 / 12: thousands with dots, no needless decimals, as Indonesian documents write numbers. */
    private static String ribuan(BigDecimal nilai) {
        DecimalFormatSymbols simbol = new DecimalFormatSymbols(Locale.of("id", "ID"));
        simbol.setGroupingSeparator('.');
        simbol.setDecimalSeparator(',');
        return new DecimalFormat("#,##0.####", simbol).format(nilai);
    }
}
