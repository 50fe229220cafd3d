package id.sipeka.evaluasi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import id.sipeka.Masuk;
import id.sipeka.audit.AuditService;
import id.sipeka.audit.AuditService.AuditEntri;
import id.sipeka.base.AturanDilanggarException;
import id.sipeka.base.DataTidakDitemukanException;
import id.sipeka.evaluasi.SkalaPredikat.Rentang;
import id.sipeka.evaluasi.SkalaPredikatService.Pengaturan;
import id.sipeka.organisasi.OrganisasiData.KabupatenData;
import id.sipeka.organisasi.OrganisasiData.KecamatanData;
import id.sipeka.organisasi.OrganisasiService;
import id.sipeka.security.SistemAuthentication;
import java.math.BigDecimal;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The predikat scale as a kabupaten setting, on MariaDB. Every test works on a kabupaten of its own, so the demo
 * kabupaten (Luwu Timur) keeps the default for every other test of the run.
 */
@SpringBootTest
class SkalaPredikatServiceTest {

    private static final AtomicInteger NOMOR = new AtomicInteger();

    @Autowired
    SkalaPredikatService skalaService;
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
    void aKabupatenThatNeverChoseAScaleUsesPermendagri86AndOnlyItsOwnPeopleReadIt() {
        long kab = kabupatenBaru();
        Masuk.sebagai(users, "kasi.pem");
        // kasi.pem works in Luwu Timur: another kabupaten's setting is answered as if it did not exist
        assertThatThrownBy(() -> skalaService.pengaturan(kab)).isInstanceOf(DataTidakDitemukanException.class);
        assertThat(skalaService.preset()).containsExactly(SkalaPredikat.PERMENDAGRI_86, SkalaPredikat.PRESET_LAPORAN);
        Masuk.sebagai(users, "admin");

        assertThat(skalaService.skala(kab)).isEqualTo(SkalaPredikat.PERMENDAGRI_86);
        Pengaturan p = skalaService.pengaturan(kab);
        assertThat(p.bawaan()).isTrue();
        assertThat(p.version()).isEqualTo(SkalaPredikatService.BELUM_DISIMPAN);
        assertThat(skalaService.skala(kab).predikat(new BigDecimal("90.5"))).isEqualTo("Tinggi");
    }

    @Test
    void theAdminSavesTheSeedsPresetAndOneHundredPercentIsSangatBaikInEveryKecamatanOfTheKabupaten() {
        long kab = kabupatenBaru();
        long kec = kecamatanBaru(kab);
        Masuk.sebagai(users, "admin");

        Pengaturan tersimpan = skalaService.simpan(kab, SkalaPredikat.PRESET_LAPORAN, SkalaPredikatService.BELUM_DISIMPAN);

        assertThat(tersimpan.bawaan()).isFalse();
        assertThat(tersimpan.skala()).isEqualTo(SkalaPredikat.PRESET_LAPORAN);
        assertThat(skalaService.skala(kab).predikat(BigDecimal.valueOf(100))).isEqualTo("Sangat Baik");
        assertThat(skalaService.skalaKecamatan(kec).predikat(BigDecimal.valueOf(100))).isEqualTo("Sangat Baik");
        assertThat(skalaService.skala(kab).predikat(new BigDecimal("85.996"))).isEqualTo("Sangat Baik");
        assertThat(skalaService.skala(kab).predikat(new BigDecimal("54.99"))).isEqualTo("Kurang Baik");

        List<AuditEntri> riwayat = audit.riwayat("SkalaPredikat", kab);
        assertThat(riwayat).hasSize(1);
        assertThat(riwayat.getFirst().username()).isEqualTo("admin");
        assertThat(riwayat.getFirst().aksi()).isEqualTo("TAMBAH");
        assertThat(riwayat.getFirst().nilaiLama()).contains("Permendagri 86/2017").contains("Sangat Tinggi ≥ 91").contains("bawaan");
        assertThat(riwayat.getFirst().nilaiBaru()).contains("Kurang Baik < 55").contains("Baik 70 – < 86").contains("Sangat Baik ≥ 86");
    }

    @Test
    void processAndTimerCodeReadsTheScaleAsTheSystemUser() {
        long kab = kabupatenBaru();
        long kec = kecamatanBaru(kab);
        Masuk.sebagai(users, "admin");
        skalaService.simpan(kab, SkalaPredikat.PRESET_LAPORAN, SkalaPredikatService.BELUM_DISIMPAN);
        Masuk.keluar();

        assertThatThrownBy(() -> skalaService.skala(kab)).isInstanceOf(AccessDeniedException.class);
        assertThat(SistemAuthentication.jalankan(() -> skalaService.skalaKecamatan(kec))).isEqualTo(SkalaPredikat.PRESET_LAPORAN);
    }

    @Test
    void aKecamatanUserReadsTheScaleOfTheirOwnKecamatanOnly() {
        Masuk.sebagai(users, "kasi.pem");
        long kalaena = kecamatan("Kalaena").id();

        assertThat(skalaService.skalaKecamatan(kalaena).rentang()).isNotEmpty();

        Masuk.sebagai(users, "admin");
        long wasuponda = kecamatan("Wasuponda").id();
        Masuk.sebagai(users, "kasi.pem");
        // another kecamatan's scale is answered as if the kecamatan did not exist
        assertThatThrownBy(() -> skalaService.skalaKecamatan(wasuponda)).isInstanceOf(DataTidakDitemukanException.class)
                .hasMessage(catchThrowableOfType(DataTidakDitemukanException.class,
                        () -> skalaService.skalaKecamatan(Long.MAX_VALUE)).getMessage());
    }

    @Test
    void aScaleWithAGapIsRefusedInIndonesianAndNothingIsStored() {
        long kab = kabupatenBaru();
        Masuk.sebagai(users, "admin");

        // Sedang ends below 69, Baik starts at 70: a capaian of 69,50% would get no predikat.
        List<Rentang> celah = List.of(new Rentang("Kurang Baik", null, angka(55)), new Rentang("Sedang", angka(55), angka(69)),
                new Rentang("Baik", angka(70), angka(86)), new Rentang("Sangat Baik", angka(86), null));
        assertThatThrownBy(() -> skalaService.simpan(kab, "Skala bercelah", celah, SkalaPredikatService.BELUM_DISIMPAN))
                .isInstanceOf(AturanDilanggarException.class)
                .hasMessage("Ada celah antara \"Sedang\" (sampai < 69) dan \"Baik\" (mulai 70): capaian di antaranya tidak mendapat predikat.");

        assertThat(skalaService.pengaturan(kab).bawaan()).isTrue();
        assertThat(audit.riwayat("SkalaPredikat", kab)).isEmpty();
    }

    @Test
    void aScaleWithAnOverlapIsRefusedAndTheStoredScaleIsKept() {
        long kab = kabupatenBaru();
        Masuk.sebagai(users, "admin");
        Pengaturan tersimpan = skalaService.simpan(kab, SkalaPredikat.PRESET_LAPORAN, SkalaPredikatService.BELUM_DISIMPAN);

        List<Rentang> tumpang = List.of(new Rentang("Kurang Baik", null, angka(55)), new Rentang("Sedang", angka(55), angka(72)),
                new Rentang("Baik", angka(70), angka(86)), new Rentang("Sangat Baik", angka(86), null));
        assertThatThrownBy(() -> skalaService.simpan(kab, "Skala tumpang tindih", tumpang, tersimpan.version()))
                .isInstanceOf(AturanDilanggarException.class)
                .hasMessageContaining("tumpang tindih 70 sampai < 72");

        Pengaturan sesudah = skalaService.pengaturan(kab);
        assertThat(sesudah.skala()).isEqualTo(SkalaPredikat.PRESET_LAPORAN);
        assertThat(sesudah.version()).isEqualTo(tersimpan.version());
        assertThat(audit.riwayat("SkalaPredikat", kab)).hasSize(1);
    }

    @Test
    void boundariesFinerThanTheShownCapaianOrNegativeAreRefused() {
        long kab = kabupatenBaru();
        Masuk.sebagai(users, "admin");

        assertThatThrownBy(() -> skalaService.simpan(kab, "Halus", List.of(new Rentang("Rendah", null, new BigDecimal("60.005")),
                new Rentang("Tinggi", new BigDecimal("60.005"), null)), SkalaPredikatService.BELUM_DISIMPAN))
                .isInstanceOf(AturanDilanggarException.class).hasMessageContaining("dua angka desimal");
        assertThatThrownBy(() -> skalaService.simpan(kab, " ", SkalaPredikat.PRESET_LAPORAN.rentang(), SkalaPredikatService.BELUM_DISIMPAN))
                .isInstanceOf(AturanDilanggarException.class).hasMessage("Nama skala predikat wajib diisi.");
        assertThat(skalaService.pengaturan(kab).bawaan()).isTrue();
    }

    @Test
    void onlyTheAdminChangesTheScale() {
        long kab = kabupatenBaru();
        for (String bukanAdmin : List.of("camat", "sekcam", "kasi.pem", "viewer.lutim")) {
            Masuk.sebagai(users, bukanAdmin);
            assertThatThrownBy(() -> skalaService.simpan(kab, SkalaPredikat.PRESET_LAPORAN, SkalaPredikatService.BELUM_DISIMPAN))
                    .as(bukanAdmin).isInstanceOf(AccessDeniedException.class);
        }
        Masuk.sebagai(users, "admin");
        assertThat(skalaService.pengaturan(kab).bawaan()).isTrue();
    }

    @Test
    void aSaveFromAStaleReadIsRefusedAndTheFirstSaveIsKept() {
        long kab = kabupatenBaru();
        Masuk.sebagai(users, "admin");
        Pengaturan dibacaA = skalaService.pengaturan(kab);
        Pengaturan dibacaB = skalaService.pengaturan(kab);

        Pengaturan simpanA = skalaService.simpan(kab, SkalaPredikat.PRESET_LAPORAN, dibacaA.version());
        assertThatThrownBy(() -> skalaService.simpan(kab, SkalaPredikat.PERMENDAGRI_86, dibacaB.version()))
                .isInstanceOf(ObjectOptimisticLockingFailureException.class);

        Pengaturan simpanLagi = skalaService.simpan(kab, SkalaPredikat.PERMENDAGRI_86, simpanA.version());
        assertThat(simpanLagi.version()).isGreaterThan(simpanA.version());
        assertThatThrownBy(() -> skalaService.simpan(kab, SkalaPredikat.PRESET_LAPORAN, simpanA.version()))
                .isInstanceOf(ObjectOptimisticLockingFailureException.class);

        assertThat(skalaService.skala(kab)).isEqualTo(SkalaPredikat.PERMENDAGRI_86);
        assertThat(audit.riwayat("SkalaPredikat", kab)).extracting(AuditEntri::aksi).containsExactly("TAMBAH", "UBAH");
    }

    private long kabupatenBaru() {
        Masuk.sebagai(users, "admin");
        int n = NOMOR.incrementAndGet();
        String kode = "UJI-SP-" + (System.nanoTime() % 1_000_000) + "-" + n;
        long id = organisasi.simpanKabupaten(new KabupatenData(null, kode, "Kabupaten Uji Skala " + kode, 0)).id();
        Masuk.keluar();
        return id;
    }

    private long kecamatanBaru(long kabupatenId) {
        Masuk.sebagai(users, "admin");
        String kode = "UJI-SPK-" + (System.nanoTime() % 1_000_000) + "-" + NOMOR.incrementAndGet();
        long id = organisasi.simpanKecamatan(new KecamatanData(null, kabupatenId, null, kode, "Kecamatan " + kode, null, 0)).id();
        Masuk.keluar();
        return id;
    }

    private KecamatanData kecamatan(String nama) {
        return organisasi.kecamatanTerlihat().stream().filter(k -> k.nama().equals(nama)).findFirst().orElseThrow();
    }

    private static BigDecimal angka(int nilai) {
        return BigDecimal.valueOf(nilai);
    }
}
