package id.sipeka.evaluasi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.sipeka.Masuk;
import id.sipeka.audit.AuditService;
import id.sipeka.audit.AuditService.AuditEntri;
import id.sipeka.base.AturanDilanggarException;
import id.sipeka.base.DataTidakDitemukanException;
import id.sipeka.evaluasi.AnggaranData.AnggaranTahun;
import id.sipeka.evaluasi.AnggaranData.BarisAnggaran;
import id.sipeka.evaluasi.AnggaranData.IsiAnggaran;
import id.sipeka.organisasi.OrganisasiService;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The budget lines of a kecamatan's year on MariaDB, in the demo kecamatan Kalaena. Each test uses a year of its own
 * (no other test stores budget lines), so the tests do not see each other's rows.
 */
@SpringBootTest
class AnggaranKecamatanServiceTest {

    @Autowired
    AnggaranKecamatanService anggaran;
    @Autowired
    OrganisasiService organisasi;
    @Autowired
    AuditService audit;
    @Autowired
    UserDetailsService users;

    @AfterEach
    void keluar() {
        Masuk.keluar();
    }

    @Test
    void theSekcamSavesTheYearAndEveryoneOfTheKecamatanReadsItWithTheComputedPercentagesAndTotal() {
        long kalaena = kalaena();
        Masuk.sebagai(users, "sekcam");
        AnggaranTahun kosong = anggaran.baca(kalaena, 2031);
        assertThat(kosong.baris()).extracting(BarisAnggaran::jenis).containsExactly(JenisAnggaran.values());
        assertThat(kosong.baris()).allSatisfy(b -> assertThat(b.anggaran()).isNull());
        assertThat(kosong.totalBelanja().anggaran()).isNull();
        assertThat(kosong.bolehUbah()).isTrue();

        anggaran.simpan(kalaena, 2031, List.of(
                isi(kosong, JenisAnggaran.PENDAPATAN, 50_000_000L, null),
                isi(kosong, JenisAnggaran.BELANJA_PEGAWAI, 1_234_567_890L, 1_111_111_101L),
                isi(kosong, JenisAnggaran.BELANJA_BARANG_JASA, 200_000L, 24_690L),
                isi(kosong, JenisAnggaran.BELANJA_MODAL, 0L, 0L)));

        Masuk.sebagai(users, "kasi.pem"); // a unit head of Kalaena reads, but may not change
        AnggaranTahun t = anggaran.baca(kalaena, 2031);
        assertThat(t.bolehUbah()).isFalse();
        BarisAnggaran pendapatan = baris(t, JenisAnggaran.PENDAPATAN);
        assertThat(pendapatan.anggaran()).isEqualTo(50_000_000L);
        assertThat(pendapatan.realisasi()).isNull();
        assertThat(pendapatan.persen()).as("no % while the realisasi is empty").isNull();

        BarisAnggaran pegawai = baris(t, JenisAnggaran.BELANJA_PEGAWAI);
        assertThat(pegawai.realisasi()).isEqualTo(1_111_111_101L);
        assertThat(bulat(pegawai.persen())).isEqualByComparingTo("90.00").isEqualByComparingTo(persen(1_234_567_890L, 1_111_111_101L));
        // 24.690 / 200.000 = 12,345 %: half-up gives 12,35 (half-even would give 12,34)
        BarisAnggaran barangJasa = baris(t, JenisAnggaran.BELANJA_BARANG_JASA);
        assertThat(bulat(barangJasa.persen())).isEqualByComparingTo("12.35").isEqualByComparingTo(persen(200_000L, 24_690L));
        assertThat(baris(t, JenisAnggaran.BELANJA_MODAL).persen()).as("no % of an anggaran of 0").isNull();

        long totalAnggaran = 1_234_567_890L + 200_000L;
        long totalRealisasi = 1_111_111_101L + 24_690L;
        assertThat(t.totalBelanja().anggaran()).as("pendapatan is not belanja").isEqualTo(totalAnggaran);
        assertThat(t.totalBelanja().realisasi()).isEqualTo(totalRealisasi);
        assertThat(bulat(t.totalBelanja().persen())).isEqualByComparingTo(persen(totalAnggaran, totalRealisasi));
        assertThatThrownBy(() -> anggaran.simpan(kalaena, 2031, List.of()))
                .isInstanceOf(AccessDeniedException.class);

        Masuk.sebagai(users, "admin");
        List<AuditEntri> log = audit.terbaru().stream().filter(e -> e.jenisData().equals("AnggaranKecamatan")
                && e.nilaiBaru() != null && e.nilaiBaru().startsWith("Belanja Pegawai 2031")).toList();
        assertThat(log).singleElement().satisfies(e -> {
            assertThat(e.aksi()).isEqualTo("TAMBAH");
            assertThat(e.nilaiBaru()).isEqualTo("Belanja Pegawai 2031: anggaran Rp 1.234.567.890, realisasi Rp 1.111.111.101");
        });
    }

    @Test
    void anotherKecamatansUsersNeitherReadNorChangeIt() {
        long kalaena = kalaena();
        Masuk.sebagai(users, "wasuponda.sekcam");
        assertThatThrownBy(() -> anggaran.baca(kalaena, 2032)).isInstanceOf(DataTidakDitemukanException.class);
        assertThatThrownBy(() -> anggaran.simpan(kalaena, 2032, List.of(
                new IsiAnggaran(JenisAnggaran.PENDAPATAN, 1L, null, AnggaranData.BELUM_DISIMPAN))))
                .isInstanceOf(DataTidakDitemukanException.class);
        Masuk.sebagai(users, "sekcam");
        assertThat(anggaran.baca(kalaena, 2032).baris()).allSatisfy(b -> assertThat(b.anggaran()).isNull());
    }

    @Test
    void aStaleLineRefusesTheWholeYearWithTheMessage() {
        long kalaena = kalaena();
        Masuk.sebagai(users, "sekcam");
        AnggaranTahun awal = anggaran.baca(kalaena, 2033);
        anggaran.simpan(kalaena, 2033, List.of(isi(awal, JenisAnggaran.BELANJA_MODAL, 10_000L, null)));
        AnggaranTahun dibaca = anggaran.baca(kalaena, 2033);
        // someone else saves in between
        anggaran.simpan(kalaena, 2033, List.of(isi(dibaca, JenisAnggaran.BELANJA_MODAL, 10_000L, 9_000L)));

        assertThatThrownBy(() -> anggaran.simpan(kalaena, 2033, List.of(
                isi(dibaca, JenisAnggaran.PENDAPATAN, 5_000L, null),
                isi(dibaca, JenisAnggaran.BELANJA_MODAL, 10_000L, 1L))))
                .isInstanceOf(ObjectOptimisticLockingFailureException.class)
                .hasMessage("Belanja Modal tahun 2033 baru saja diubah oleh pengguna lain. Anggaran tidak disimpan;"
                        + " muat ulang lalu ulangi.");
        AnggaranTahun sesudah = anggaran.baca(kalaena, 2033);
        assertThat(baris(sesudah, JenisAnggaran.PENDAPATAN).anggaran()).as("nothing half-saved").isNull();
        assertThat(baris(sesudah, JenisAnggaran.BELANJA_MODAL).realisasi()).isEqualTo(9_000L);
    }

    @Test
    void aNegativeOrTooLargeValueIsRefusedNamingTheLineAndNothingIsSaved() {
        long kalaena = kalaena();
        Masuk.sebagai(users, "sekcam");
        AnggaranTahun t = anggaran.baca(kalaena, 2034);
        assertThatThrownBy(() -> anggaran.simpan(kalaena, 2034, List.of(
                isi(t, JenisAnggaran.PENDAPATAN, 5_000L, null),
                isi(t, JenisAnggaran.BELANJA_BARANG_JASA, 10_000L, -1L))))
                .isInstanceOf(AturanDilanggarException.class)
                .hasMessage("Realisasi Belanja Barang dan Jasa tidak boleh negatif.");
        assertThatThrownBy(() -> anggaran.simpan(kalaena, 2034, List.of(
                isi(t, JenisAnggaran.BELANJA_PEGAWAI, 1_000_000_000_000_000L, null))))
                .isInstanceOf(AturanDilanggarException.class)
                .hasMessage("Anggaran Belanja Pegawai terlalu besar: paling banyak Rp 999.999.999.999.999.");
        assertThatThrownBy(() -> anggaran.simpan(kalaena, 2034, List.of(isi(t, JenisAnggaran.BELANJA_MODAL, null, 5L))))
                .isInstanceOf(AturanDilanggarException.class)
                .hasMessage("Anggaran Belanja Modal wajib diisi bila realisasinya diisi.");
        assertThat(anggaran.baca(kalaena, 2034).baris()).allSatisfy(b -> assertThat(b.anggaran()).isNull());
    }

    @Test
    void clearingALineRemovesItAndTheTotalHasNoRealisasiWhileABelanjaLineLacksOne() {
        long kalaena = kalaena();
        Masuk.sebagai(users, "admin");
        AnggaranTahun t = anggaran.baca(kalaena, 2035);
        AnggaranTahun disimpan = anggaran.simpan(kalaena, 2035, List.of(
                isi(t, JenisAnggaran.BELANJA_PEGAWAI, 300L, 150L),
                isi(t, JenisAnggaran.BELANJA_MODAL, 100L, null)));
        assertThat(disimpan.totalBelanja().anggaran()).isEqualTo(400L);
        assertThat(disimpan.totalBelanja().realisasi()).isNull();
        assertThat(disimpan.totalBelanja().persen()).isNull();

        AnggaranTahun kosongkan = anggaran.simpan(kalaena, 2035, List.of(isi(disimpan, JenisAnggaran.BELANJA_MODAL, null, null)));
        assertThat(baris(kosongkan, JenisAnggaran.BELANJA_MODAL).version()).isEqualTo(AnggaranData.BELUM_DISIMPAN);
        assertThat(kosongkan.totalBelanja().realisasi()).isEqualTo(150L);
        assertThat(bulat(kosongkan.totalBelanja().persen())).isEqualByComparingTo("50.00");
    }

    private long kalaena() {
        Masuk.sebagai(users, "sekcam");
        long id = organisasi.kecamatanDenganKode("KALAENA").orElseThrow().id();
        Masuk.keluar();
        return id;
    }

    private static IsiAnggaran isi(AnggaranTahun dibaca, JenisAnggaran jenis, Long nilaiAnggaran, Long realisasi) {
        return new IsiAnggaran(jenis, nilaiAnggaran, realisasi, baris(dibaca, jenis).version());
    }

    private static BarisAnggaran baris(AnggaranTahun t, JenisAnggaran jenis) {
        return t.baris().stream().filter(b -> b.jenis() == jenis).findFirst().orElseThrow();
    }

    private static BigDecimal bulat(BigDecimal nilai) {
        return nilai.setScale(2, RoundingMode.HALF_UP);
    }

    /** The expected realisasi %, computed here independently: realisasi × 100 / anggaran, half-up to two decimals. */
    private static BigDecimal persen(long nilaiAnggaran, long realisasi) {
        return BigDecimal.valueOf(realisasi).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(nilaiAnggaran), 2, RoundingMode.HALF_UP);
    }
}
