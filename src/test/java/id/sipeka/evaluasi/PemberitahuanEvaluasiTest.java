package id.sipeka.evaluasi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.sipeka.LatarSelesai;
import id.sipeka.Masuk;
import id.sipeka.base.AturanDilanggarException;
import id.sipeka.evaluasi.EvaluasiData.BarisLaporan;
import id.sipeka.evaluasi.EvaluasiData.UbahLaporanBaris;
import id.sipeka.notifikasi.NotifikasiService;
import id.sipeka.notifikasi.NotifikasiService.NotifikasiData;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Notifications follow the steps of a quarter after they committed: whoever acts next is told, and what asked the
 * previous actor to act on the same document is done. A step that is refused sends nothing.
 */
@SpringBootTest
class PemberitahuanEvaluasiTest {

    @Autowired
    PenyiapSeed003 seed003;
    @Autowired
    EvaluasiQueryService evaluasi;
    @Autowired
    PembukaanEvaluasiService pembukaan;
    @Autowired
    PengisianLaporanService pengisian;
    @Autowired
    PemeriksaanEvaluasiService pemeriksaan;
    @Autowired
    NotifikasiService notifikasi;
    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcTemplate jdbc;

    private long evaluasiId;

    @AfterEach
    void keluar() {
        Masuk.keluar();
    }

    @Test
    void eachStepTellsTheNextActorAndClosesWhatWaitedOnTheSameReport() {
        KecamatanSeed003 k = seed003.siapkan();
        Masuk.sebagai(users, k.sekcam());
        evaluasiId = pembukaan.mulai(k.kecamatanId(), 2026, 1).id();
        long laporanPem = evaluasi.laporanId(evaluasiId, k.pem()).orElseThrow();
        long laporanLain = evaluasi.laporanId(evaluasiId, k.lain()).orElseThrow();
        LatarSelesai.tunggu(jdbc);
        assertThat(judul(k.kasi())).containsExactly("Isi laporan evaluasi TW I 2026");
        assertThat(judul(k.kepalaLain())).containsExactly("Isi laporan evaluasi TW I 2026");

        // the kasi submits: the sekcam is asked to verify, the kasi's "isi laporan" is done
        Masuk.sebagai(users, k.kasi());
        isi(laporanPem, KecamatanSeed003.FORUM, 3, 4_453_500L);
        isi(laporanPem, KecamatanSeed003.PERDES, 7, 369_500L);
        pengisian.ajukan(laporanPem);
        LatarSelesai.tunggu(jdbc);
        assertThat(judul(k.kasi())).isEmpty();
        assertThat(judul(k.sekcam())).containsExactly("Verifikasi laporan evaluasi TW I");
        assertThat(judul(k.kepalaLain())).containsExactly("Isi laporan evaluasi TW I 2026"); // another report

        // submitting again is refused and sends nothing
        Masuk.sebagai(users, k.kasi());
        assertThatThrownBy(() -> pengisian.ajukan(laporanPem)).isInstanceOf(AturanDilanggarException.class);
        // signing before the verification is refused and sends nothing
        Masuk.sebagai(users, k.camat());
        assertThatThrownBy(() -> pemeriksaan.tandaTangani(laporanPem, "Kalaena Kiri", LocalDate.of(2026, 4, 8)))
                .isInstanceOf(AturanDilanggarException.class);
        LatarSelesai.tunggu(jdbc);
        assertThat(judul(k.sekcam())).containsExactly("Verifikasi laporan evaluasi TW I");
        assertThat(judul(k.kasi())).isEmpty();
        assertThat(judul(k.camat())).isEmpty();

        // the sekcam returns it: the kasi hears why, the sekcam's request is done
        Masuk.sebagai(users, k.sekcam());
        pemeriksaan.kembalikan(laporanPem, Map.of(), "Lampirkan daftar hadir");
        LatarSelesai.tunggu(jdbc);
        Masuk.sebagai(users, k.kasi());
        assertThat(tentangTriwulanIni()).singleElement().satisfies(n -> {
            assertThat(n.jenis()).isEqualTo("DIKEMBALIKAN");
            assertThat(n.judul()).isEqualTo("Laporan evaluasi TW I dikembalikan");
            assertThat(n.pesan()).isEqualTo("Lampirkan daftar hadir");
            assertThat(n.tautan()).isEqualTo("evaluasi/" + evaluasiId + "/laporan");
        });
        assertThat(judul(k.sekcam())).isEmpty();

        // submitted again: the return is done; verified: the sekcam's request is done
        Masuk.sebagai(users, k.kasi());
        pengisian.ajukan(laporanPem);
        LatarSelesai.tunggu(jdbc);
        assertThat(judul(k.kasi())).isEmpty();
        assertThat(judul(k.sekcam())).containsExactly("Verifikasi laporan evaluasi TW I");
        Masuk.sebagai(users, k.sekcam());
        pemeriksaan.verifikasi(laporanPem);
        Masuk.sebagai(users, k.camat());
        pemeriksaan.tandaTangani(laporanPem, "Kalaena Kiri", LocalDate.of(2026, 4, 8));
        LatarSelesai.tunggu(jdbc);
        assertThat(judul(k.sekcam())).isEmpty();

        // the other unit: once it is signed too, the camat is asked to sign the recap
        Masuk.sebagai(users, k.kepalaLain());
        isi(laporanLain, KecamatanSeed003.LAIN, 1, 300_000L);
        pengisian.ajukan(laporanLain);
        Masuk.sebagai(users, k.sekcam());
        pemeriksaan.verifikasi(laporanLain);
        Masuk.sebagai(users, k.camat());
        pemeriksaan.tandaTangani(laporanLain, "Kalaena Kiri", LocalDate.of(2026, 4, 9));
        LatarSelesai.tunggu(jdbc);
        assertThat(judul(k.kepalaLain())).isEmpty();
        assertThat(judul(k.sekcam())).isEmpty();
        assertThat(judul(k.camat())).containsExactly("Rekap evaluasi TW I 2026 siap ditandatangani");

        // the camat signs the recap: the request disappears
        Masuk.sebagai(users, k.camat());
        pemeriksaan.tandaTanganiRekap(evaluasiId, "Kalaena Kiri", LocalDate.of(2026, 4, 10));
        LatarSelesai.tunggu(jdbc);
        assertThat(judul(k.camat())).isEmpty();
    }

    /** The titles of the open notifications about this quarter as {@code pengguna} sees them. */
    private List<String> judul(String pengguna) {
        Masuk.sebagai(users, pengguna);
        return tentangTriwulanIni().stream().map(NotifikasiData::judul).toList();
    }

    /** The signed-in user's open notifications about this quarter (the Renja's steps before it send their own). */
    private List<NotifikasiData> tentangTriwulanIni() {
        return notifikasi.untukSaya().stream().filter(n -> n.tautan() != null && n.tautan().startsWith("evaluasi/" + evaluasiId + "/"))
                .toList();
    }

    private void isi(long laporanId, String kode, int realisasi, long rp) {
        BarisLaporan b = evaluasi.laporan(laporanId).baris().stream().filter(x -> x.kode().equals(kode)).findFirst()
                .orElseThrow();
        pengisian.simpanBaris(new UbahLaporanBaris(b.id(), b.version(), BigDecimal.valueOf(realisasi), rp,
                "Tidak ada kendala berarti", "Dilanjutkan triwulan berikutnya", null));
    }
}
