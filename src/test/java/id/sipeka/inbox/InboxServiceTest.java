package id.sipeka.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import id.sipeka.HitungPernyataan;
import id.sipeka.Masuk;
import id.sipeka.inbox.InboxService.Tugas;
import id.sipeka.inbox.TugasSayaUji.Keadaan;
import id.sipeka.renja.ForumRenjaService;
import id.sipeka.renja.PenetapanRenjaService;
import id.sipeka.renja.RenjaData.Forum;
import id.sipeka.renja.RenjaQueryService;
import id.sipeka.renja.TelaahSekcamService;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * "Tugas Saya" over both processes in one kecamatan: for the kasi, the sekcam and the camat every task opens its
 * screen for its document, names the document (year, quarter, unit) and shows its last day, late or due this week.
 */
@SpringBootTest
class InboxServiceTest {

    private static final String PEM = "Seksi Pemerintahan Umum";
    private static final String PU = "Seksi Pelayanan Umum";
    // 31 March + sipeka.evaluasi.batas-hari (10) working days: 3 April is Good Friday
    private static final LocalDate BATAS_TW_I = LocalDate.of(2026, 4, 15);

    @Autowired
    TugasSayaUji uji;
    @Autowired
    InboxService inbox;
    @Autowired
    RenjaQueryService renja;
    @Autowired
    ForumRenjaService forumRenja;
    @Autowired
    PenetapanRenjaService penetapan;
    @Autowired
    TelaahSekcamService telaah;
    @Autowired
    UserDetailsService users;

    @AfterEach
    void keluar() {
        Masuk.keluar();
    }

    @Test
    void everyTaskOfEveryProcessOpensItsScreenNamesItsDocumentAndShowsItsLastDay() {
        Keadaan s = uji.siapkan();
        var k = s.k();
        String r = "renja/" + s.renjaId();
        String e = "evaluasi/" + s.evaluasiId();

        // kasi: the unit's Renja section (due this week's Sunday) and the unit's report (deadline long past)
        Masuk.sebagai(users, k.kasi());
        List<Tugas> kasi = inbox.tugasSaya();
        assertThat(kasi).extracting(Tugas::nama, Tugas::rute, Tugas::judul, Tugas::batas, Tugas::terlambat, Tugas::mingguIni)
                .containsExactlyInAnyOrder(
                        tuple("Isi bagian", r + "/bagian", "Renja 2027 — " + PEM, s.batas().isi(), false, true),
                        tuple("Isi laporan evaluasi TW I", e + "/laporan", "Laporan evaluasi TW I 2026 — " + PEM, BATAS_TW_I, true, false));
        assertThat(kasi).extracting(Tugas::prosesNama).containsExactlyInAnyOrder("Renja", "Evaluasi triwulan");
        assertThat(inbox.jumlahTugasSaya()).isEqualTo(2);
        // the staf of the same unit sees the same work; the other unit's head only their own
        Masuk.sebagai(users, k.staf());
        assertThat(inbox.tugasSaya()).extracting(Tugas::judul).allMatch(j -> j.endsWith(PEM)).hasSize(2);
        Masuk.sebagai(users, k.kepalaLain());
        assertThat(inbox.tugasSaya()).extracting(Tugas::judul)
                .containsExactlyInAnyOrder("Renja 2027 — " + PU, "Laporan evaluasi TW I 2026 — " + PU);

        // kasi submits both; the sekcam reviews the section and verifies the report, each naming the unit
        uji.ajukanBagian(s, k.kasi(), k.pem());
        uji.ajukanLaporan(k.kasi(), s.laporanPem());
        Masuk.sebagai(users, k.sekcam());
        assertThat(inbox.tugasSaya()).extracting(Tugas::nama, Tugas::rute, Tugas::judul, Tugas::batas, Tugas::terlambat)
                .containsExactlyInAnyOrder(
                        tuple("Telaah sekcam", r + "/sekcam", "Renja 2027 — " + PEM, s.batas().telaah(), false),
                        tuple("Verifikasi sekcam", e + "/verifikasi", "Laporan evaluasi TW I 2026 — " + PEM, BATAS_TW_I, true));
        Masuk.sebagai(users, k.kasi());
        assertThat(inbox.tugasSaya()).isEmpty();
        assertThat(inbox.jumlahTugasSaya()).isZero();

        // the camat signs the seksi's report
        uji.verifikasi(s, s.laporanPem());
        Masuk.sebagai(users, k.camat());
        assertThat(inbox.tugasSaya()).extracting(Tugas::nama, Tugas::rute, Tugas::judul, Tugas::batas, Tugas::terlambat)
                .containsExactly(tuple("Tanda tangan camat", e + "/tandatangan", "Laporan evaluasi TW I 2026 — " + PEM,
                        BATAS_TW_I, true));

        // the other unit through to the recap, which names no unit
        uji.tandaTangani(s, s.laporanPem());
        uji.ajukanLaporan(k.kepalaLain(), s.laporanLain());
        uji.verifikasi(s, s.laporanLain());
        uji.tandaTangani(s, s.laporanLain());
        Masuk.sebagai(users, k.camat());
        assertThat(inbox.tugasSaya()).extracting(Tugas::nama, Tugas::rute, Tugas::judul, Tugas::batas)
                .containsExactly(tuple("Rekap evaluasi TW I", e + "/rekap", "Rekap evaluasi TW I 2026", BATAS_TW_I));

        // the Renja on to the forum (sekcam, whole document) and the penetapan (camat)
        uji.ajukanBagian(s, k.kepalaLain(), k.lain());
        Masuk.sebagai(users, k.sekcam());
        telaah.setujuiBagian(s.renjaId(), k.pem());
        telaah.setujuiBagian(s.renjaId(), k.lain());
        assertThat(inbox.tugasSaya()).extracting(Tugas::nama, Tugas::rute, Tugas::judul, Tugas::batas, Tugas::mingguIni)
                .containsExactly(tuple("Forum perangkat daerah", r + "/sekcam", "Renja 2027", s.batas().forum(), false));
        forumRenja.simpanForum(s.renjaId(), new Forum(LocalDate.of(2026, 12, 1), "Aula Kantor Camat", "Kepala desa", List.of()));
        forumRenja.selesaikanForum(s.renjaId(), Set.of());
        penetapan.setujuiRancanganAkhir(s.renjaId());
        Masuk.sebagai(users, k.camat());
        assertThat(inbox.tugasSaya()).extracting(Tugas::nama, Tugas::rute, Tugas::judul, Tugas::batas)
                .containsExactlyInAnyOrder(
                        tuple("Rekap evaluasi TW I", e + "/rekap", "Rekap evaluasi TW I 2026", BATAS_TW_I),
                        tuple("Penetapan oleh camat", r + "/penetapan", "Renja 2027", s.batas().penetapan()));
        assertThat(inbox.jumlahTugasSaya()).isEqualTo(2);
        // a few queries for the whole list, none per task or per variable (a kabupaten's inbox stays cheap)
        var hitung = HitungPernyataan.tel(inbox::tugasSaya);
        assertThat(hitung.pernyataan()).as(hitung.ringkasan()).isLessThanOrEqualTo(12);
    }

    private static org.assertj.core.groups.Tuple tuple(Object... nilai) {
        return org.assertj.core.groups.Tuple.tuple(nilai);
    }
}
