package id.sipeka.notifikasi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.sipeka.Masuk;
import id.sipeka.base.DataTidakDitemukanException;
import id.sipeka.base.LangkahSelesai;
import id.sipeka.notifikasi.NotifikasiService.NotifikasiData;
import id.sipeka.security.Peran;
import id.sipeka.security.SistemAuthentication;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Notifications with a life: unread until the person opens them (for that person only), and done — gone from the
 * list — once the document they ask to act on moves on, while the next actor's new one stays.
 */
@SpringBootTest
class NotifikasiServiceTest {

    @Autowired
    NotifikasiService notifikasi;
    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void keluar() {
        Masuk.keluar();
    }

    private long kecamatanDari(String username) {
        return jdbc.queryForObject("SELECT p.kecamatan_id FROM akun a JOIN pegawai p ON p.id = a.pegawai_id"
                + " WHERE a.username = ?", Long.class, username);
    }

    private record Langkah(long kecamatanId, String subjek) implements LangkahSelesai {
    }

    @Test
    void aNotificationIsUnreadUntilItsReaderOpensItAndDoneWhenItsDocumentMovesOn() {
        long kalaena = kecamatanDari("sekcam");
        String subjek = "uji:" + UUID.randomUUID();
        String judul = "Bagian Seksi Pemerintahan menunggu telaah " + subjek;
        SistemAuthentication.jalankan(() -> notifikasi.kirim(new Pemberitahuan(kalaena, Peran.SEKCAM, null, "TUGAS", judul,
                "Telaah bagian yang diajukan.", "renja/1/sekcam", subjek)));

        Masuk.sebagai(users, "sekcam");
        long belumSebelum = notifikasi.belumDibaca();
        NotifikasiData baru = cari(notifikasi.untukSaya(), judul);
        assertThat(baru.dibaca()).isFalse();
        notifikasi.tandaiDibaca(baru.id());
        assertThat(cari(notifikasi.untukSaya(), judul).dibaca()).isTrue();
        assertThat(notifikasi.belumDibaca()).isEqualTo(belumSebelum - 1);
        notifikasi.tandaiDibaca(baru.id()); // twice is still read once

        // the section is approved: the sekcam's item is done; the unit's news arrives in the same step
        String judulUnit = "Bagian Anda disetujui " + subjek;
        SistemAuthentication.jalankan(() -> notifikasi.langkahSelesai(new Langkah(kalaena, subjek), List.of(new Pemberitahuan(
                kalaena, Peran.KEPALA_UNIT, unitKasiPem(), "TUGAS", judulUnit, "Lanjutkan.", "renja/1/bagian", subjek))));
        assertThat(notifikasi.untukSaya()).extracting(NotifikasiData::judul).doesNotContain(judul);
        Masuk.sebagai(users, "kasi.pem");
        assertThat(cari(notifikasi.untukSaya(), judulUnit).dibaca()).isFalse();
    }

    @Test
    void readingIsPerPersonAndOnlyForWhatIsAddressedToThem() {
        long kalaena = kecamatanDari("sekcam");
        String judul = "Untuk semua kepala unit " + UUID.randomUUID();
        SistemAuthentication.jalankan(() -> notifikasi.kirim(new Pemberitahuan(kalaena, Peran.KEPALA_UNIT, unitKasiPem(),
                "PENGINGAT", judul, "Batas besok.", null, null)));
        Masuk.sebagai(users, "kasi.pem");
        NotifikasiData n = cari(notifikasi.untukSaya(), judul);
        Masuk.sebagai(users, "sekcam");
        assertThatThrownBy(() -> notifikasi.tandaiDibaca(n.id())).isInstanceOf(DataTidakDitemukanException.class);
        Masuk.sebagai(users, "wasuponda.kasi");
        assertThatThrownBy(() -> notifikasi.tandaiDibaca(n.id())).isInstanceOf(DataTidakDitemukanException.class);
        Masuk.sebagai(users, "kasi.pem");
        notifikasi.tandaiSemuaDibaca();
        assertThat(notifikasi.belumDibaca()).isZero();
        assertThat(cari(notifikasi.untukSaya(), judul).dibaca()).isTrue();
    }

    private long unitKasiPem() {
        return jdbc.queryForObject("SELECT p.unit_kerja_id FROM akun a JOIN pegawai p ON p.id = a.pegawai_id"
                + " WHERE a.username = 'kasi.pem'", Long.class);
    }

    private static NotifikasiData cari(List<NotifikasiData> daftar, String judul) {
        return daftar.stream().filter(n -> n.judul().equals(judul)).findFirst()
                .orElseThrow(() -> new AssertionError("tidak ada pemberitahuan '" + judul + "' di " + daftar));
    }
}
