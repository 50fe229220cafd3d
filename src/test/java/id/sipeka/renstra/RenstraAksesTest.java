package id.sipeka.renstra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import id.sipeka.Masuk;
import id.sipeka.audit.AuditService;
import id.sipeka.base.DataTidakDitemukanException;
import id.sipeka.organisasi.OrganisasiData.KecamatanData;
import id.sipeka.organisasi.OrganisasiData.PegawaiData;
import id.sipeka.organisasi.OrganisasiData.PenugasanData;
import id.sipeka.organisasi.OrganisasiService;
import id.sipeka.organisasi.PosisiPlt;
import id.sipeka.renstra.RenstraData.BarisRenstra;
import id.sipeka.renstra.RenstraData.RenstraLengkap;
import id.sipeka.renstra.RenstraData.UbahBaris;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Who may read and change the Renstra, enforced in the service: kecamatan isolation, unit ownership, the
 * sekcam's management rights, acting (Plt./Plh.) rights only inside their dates, concurrent edits and audit.
 */
@SpringBootTest
class RenstraAksesTest {

    @Autowired
    RenstraService renstra;
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
    void aUserOfAnotherKecamatanCannotReadKalaenasRenstraAndIsAnsweredAsIfItDidNotExist() {
        long idKalaena = renstraKalaena().renstra().id();
        long kalaenaId = kalaena().id();
        Masuk.sebagai(users, "wasuponda.camat");

        String tidakAda = catchThrowableOfType(DataTidakDitemukanException.class, () -> renstra.lengkap(Long.MAX_VALUE))
                .getMessage();
        assertThatThrownBy(() -> renstra.lengkap(idKalaena)).isInstanceOf(DataTidakDitemukanException.class)
                .hasMessage(tidakAda);
        assertThatThrownBy(() -> renstra.daftar(kalaenaId)).isInstanceOf(DataTidakDitemukanException.class)
                .hasMessage(tidakAda);
        assertThatThrownBy(() -> renstra.daftar(Long.MAX_VALUE)).isInstanceOf(DataTidakDitemukanException.class)
                .hasMessage(tidakAda);
        assertThat(organisasi.kecamatanDenganKode("KALAENA")).isEqualTo(organisasi.kecamatanDenganKode("TIDAK-ADA")).isEmpty();
        assertThat(organisasi.kecamatanTerlihat()).extracting(KecamatanData::nama).containsExactly("Wasuponda");
    }

    @Test
    void theKabupatenViewerReadsEveryKecamatanButChangesNothing() {
        Masuk.sebagai(users, "viewer.lutim");

        assertThat(organisasi.kecamatanTerlihat()).extracting(KecamatanData::nama).contains("Kalaena", "Wasuponda");
        RenstraLengkap r = renstra.terbaru(kalaena().id()).orElseThrow();
        BarisRenstra sub = baris(r, "7.01.05.2.01.0008");
        assertThatThrownBy(() -> renstra.ubah(ubahTarget(sub, 2026, "13"))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aStafEditsTheirOwnUnitsRowButNotAnotherUnits() {
        Masuk.sebagai(users, "staf.pem");
        RenstraLengkap r = renstra.terbaru(kalaena().id()).orElseThrow();
        BarisRenstra milikSeksiPem = baris(r, "7.01.06.2.01.0001");
        BarisRenstra milikSubbagUk = baris(r, "7.01.01.2.02.0001");

        BarisRenstra hasil = renstra.ubah(ubahTarget(milikSeksiPem, 2029, "15"));

        assertThat(hasil.target().get(2029)).isEqualByComparingTo("15");
        assertThatThrownBy(() -> renstra.ubah(ubahTarget(milikSubbagUk, 2029, "31")))
                .isInstanceOf(AccessDeniedException.class).hasMessageContaining("unit kerja lain");
        assertThat(renstra.bolehUbah(milikSubbagUk, kalaena().id())).isFalse();
    }

    @Test
    void aKasiCannotImportOrChangeProgramRowsButTheSekcamCan() {
        Masuk.sebagai(users, "kasi.pem");
        long kec = kalaena().id();
        BarisRenstra program = baris(renstra.terbaru(kec).orElseThrow(), "7.01.05");
        assertThat(renstra.bolehKelola(kec)).isFalse();
        assertThatThrownBy(() -> renstra.ubah(ubahTarget(program, 2028, "100"))).isInstanceOf(AccessDeniedException.class);

        Masuk.sebagai(users, "sekcam");
        assertThat(renstra.bolehKelola(kec)).isTrue();
        // a real change (the demo's target is 100), then back: the shared demo Renstra is left as it was
        BarisRenstra baru = renstra.ubah(ubahTarget(program, 2028, "101"));
        assertThat(baru.version()).isGreaterThan(program.version());
        assertThat(baru.target().get(2028)).isEqualByComparingTo("101");
        BarisRenstra kembali = renstra.ubah(ubahTarget(baru, 2028, program.target().get(2028).toPlainString()));
        assertThat(kembali.target().get(2028)).isEqualByComparingTo(program.target().get(2028));
    }

    @Test
    void anActingSekcamHasTheRightsOnlyInsideTheActingPeriod() {
        LocalDate hariIni = LocalDate.now(java.time.ZoneId.of("Asia/Makassar"));
        Masuk.sebagai(users, "admin");
        PegawaiData kasiPmd = pegawai("Hasnah, S.Pd.");
        PegawaiData kasiTrantib = pegawai("Yusuf Palallo, S.H.");
        organisasi.simpanPenugasan(new PenugasanData(null, kalaena().id(), kasiPmd.id(), "Plt.", PosisiPlt.SEKCAM, null,
                hariIni.minusDays(1), hariIni.plusDays(30), "SK uji 1", 0));
        organisasi.simpanPenugasan(new PenugasanData(null, kalaena().id(), kasiTrantib.id(), "Plh.", PosisiPlt.SEKCAM, null,
                hariIni.minusDays(20), hariIni.minusDays(1), "SK uji 2", 0));

        Masuk.sebagai(users, "kasi.pmd");
        assertThat(renstra.bolehKelola(kalaena().id())).isTrue();
        BarisRenstra program = baris(renstra.terbaru(kalaena().id()).orElseThrow(), "7.01.04");
        assertThat(renstra.ubah(ubahTarget(program, 2027, "100")).target().get(2027)).isEqualByComparingTo("100");

        Masuk.sebagai(users, "kasi.trantib");
        assertThat(renstra.bolehKelola(kalaena().id())).isFalse();
        BarisRenstra lagi = baris(renstra.terbaru(kalaena().id()).orElseThrow(), "7.01.04");
        assertThatThrownBy(() -> renstra.ubah(ubahTarget(lagi, 2027, "99"))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theSecondOfTwoConcurrentSavesIsRefusedAndTheFirstIsKept() {
        Masuk.sebagai(users, "kasi.trantib");
        BarisRenstra dibaca = baris(renstra.terbaru(kalaena().id()).orElseThrow(), "7.01.04.2.01.0001");

        renstra.ubah(ubahTarget(dibaca, 2029, "6"));

        assertThatThrownBy(() -> renstra.ubah(ubahTarget(dibaca, 2029, "8")))
                .isInstanceOf(ObjectOptimisticLockingFailureException.class);
        assertThat(baris(renstra.terbaru(kalaena().id()).orElseThrow(), "7.01.04.2.01.0001").target().get(2029))
                .isEqualByComparingTo("6");
    }

    @Test
    void everyChangeIsAuditedWithWhoAndOldAndNewValue() {
        Masuk.sebagai(users, "kasi.pu");
        BarisRenstra sub = baris(renstra.terbaru(kalaena().id()).orElseThrow(), "7.01.02.2.04.0003");
        renstra.ubah(ubahTarget(sub, 2029, "13"));

        Masuk.sebagai(users, "admin");
        var riwayat = audit.riwayat("Nomenklatur", "7.01.02.2.04.0003");
        assertThat(riwayat).isNotEmpty();
        var terakhir = riwayat.getLast();
        assertThat(terakhir.username()).isEqualTo("kasi.pu");
        assertThat(terakhir.aksi()).isEqualTo("UBAH");
        assertThat(terakhir.nilaiLama()).contains("2029=NilaiTahun[target=12.0000, pagu=18625000]");
        assertThat(terakhir.nilaiBaru()).contains("2029=NilaiTahun[target=13, pagu=18625000]");
    }

    @Test
    void negativeNumbersAreRefusedAndNothingChanges() {
        Masuk.sebagai(users, "sekcam");
        BarisRenstra sub = baris(renstra.terbaru(kalaena().id()).orElseThrow(), "7.01.03.2.01.0001");
        assertThatThrownBy(() -> renstra.ubah(ubahPagu(sub, 2026, -5L))).hasMessage("Target dan pagu tahun 2026 tidak boleh negatif.");
        assertThat(baris(renstra.terbaru(kalaena().id()).orElseThrow(), "7.01.03.2.01.0001").version()).isEqualTo(sub.version());
    }

    @Test
    void aPaguOrTargetBeyondItsBoundAndATooLongIndicatorAreRefusedNamingTheFieldAndNothingChanges() {
        Masuk.sebagai(users, "sekcam");
        BarisRenstra sub = baris(renstra.terbaru(kalaena().id()).orElseThrow(), "7.01.03.2.01.0001");
        assertThatThrownBy(() -> renstra.ubah(ubahPagu(sub, 2026, Long.MAX_VALUE)))
                .hasMessage("Pagu 2026 terlalu besar: paling banyak Rp 999.999.999.999.999.");
        assertThatThrownBy(() -> renstra.ubah(ubahTarget(sub, 2027, "1E+308")))
                .hasMessage("Target 2027 terlalu besar: paling banyak 999.999.999.999.999,9999.");
        UbahBaris panjang = ubahTarget(sub, 2027, "12");
        assertThatThrownBy(() -> renstra.ubah(new UbahBaris(panjang.id(), panjang.version(), "i".repeat(1001), panjang.satuan(),
                panjang.unitKerjaId(), panjang.target(), panjang.pagu())))
                .hasMessage("Indikator terlalu panjang: 1.001 karakter, paling banyak 1.000.");
        assertThat(baris(renstra.terbaru(kalaena().id()).orElseThrow(), "7.01.03.2.01.0001").version()).isEqualTo(sub.version());
    }

    private KecamatanData kalaena() {
        var sebelum = org.springframework.security.core.context.SecurityContextHolder.getContext();
        Masuk.sebagai(users, "admin");
        try {
            return organisasi.kecamatanDenganKode("KALAENA").orElseThrow();
        } finally {
            org.springframework.security.core.context.SecurityContextHolder.setContext(sebelum);
        }
    }

    private RenstraLengkap renstraKalaena() {
        Masuk.sebagai(users, "admin");
        return renstra.terbaru(kalaena().id()).orElseThrow();
    }

    private PegawaiData pegawai(String nama) {
        return organisasi.pegawai(kalaena().id()).stream().filter(p -> p.nama().equals(nama)).findFirst().orElseThrow();
    }

    private static BarisRenstra baris(RenstraLengkap r, String kode) {
        return r.semuaBaris().stream().filter(b -> b.kode().equals(kode)).findFirst().orElseThrow();
    }

    private static UbahBaris ubahTarget(BarisRenstra b, int tahun, String target) {
        Map<Integer, BigDecimal> t = new HashMap<>(b.target());
        t.put(tahun, new BigDecimal(target));
        return new UbahBaris(b.id(), b.version(), b.indikator(), b.satuan(), b.unitKerjaId(), t,
                b.tingkat() == Tingkat.SUB_KEGIATAN ? new HashMap<>(b.pagu()) : Map.of());
    }

    private static UbahBaris ubahPagu(BarisRenstra b, int tahun, long pagu) {
        Map<Integer, Long> p = new HashMap<>(b.pagu());
        p.put(tahun, pagu);
        return new UbahBaris(b.id(), b.version(), b.indikator(), b.satuan(), b.unitKerjaId(), b.target(), p);
    }
}
