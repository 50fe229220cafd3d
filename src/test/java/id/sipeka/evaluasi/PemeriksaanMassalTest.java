package id.sipeka.evaluasi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.sipeka.Masuk;
import id.sipeka.evaluasi.PemeriksaanMassalService.HasilLangkah;
import id.sipeka.inbox.TugasSayaUji;
import id.sipeka.inbox.TugasSayaUji.Keadaan;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The sekcam verifies two reports in one action and the camat signs them in one action; each report is its own step:
 * one that may not be signed is refused with its reason and the others are signed, none half-signed.
 */
@SpringBootTest
class PemeriksaanMassalTest {

    @Autowired
    TugasSayaUji uji;
    @Autowired
    PemeriksaanMassalService massal;
    @Autowired
    EvaluasiQueryService evaluasi;
    @Autowired
    UserDetailsService users;

    @AfterEach
    void keluar() {
        Masuk.keluar();
    }

    @Test
    void twoReportsVerifiedInOneActionThenSignedInOneActionEachOnItsOwn() {
        Keadaan s = uji.siapkan();
        uji.ajukanLaporan(s.k().kasi(), s.laporanPem());
        uji.ajukanLaporan(s.k().kepalaLain(), s.laporanLain());

        Masuk.sebagai(users, s.k().camat());
        assertThatThrownBy(() -> massal.verifikasi(s.evaluasiId(), List.of(s.laporanPem())))
                .isInstanceOf(AccessDeniedException.class);

        Masuk.sebagai(users, s.k().sekcam());
        List<HasilLangkah> verifikasi = massal.verifikasi(s.evaluasiId(), List.of(s.laporanPem(), s.laporanLain()));
        assertThat(verifikasi).allMatch(HasilLangkah::berhasil);
        assertThat(evaluasi.laporan(s.laporanPem()).status()).isEqualTo(StatusLaporan.DIVERIFIKASI);
        assertThat(evaluasi.laporan(s.laporanLain()).status()).isEqualTo(StatusLaporan.DIVERIFIKASI);

        // the unit's report is signed alone first: in the batch it is refused, the other one is signed
        uji.tandaTangani(s, s.laporanPem());
        Masuk.sebagai(users, s.k().camat());
        List<HasilLangkah> tandaTangan = massal.tandaTangani(s.evaluasiId(), List.of(s.laporanPem(), s.laporanLain()),
                "Kalaena Kiri", LocalDate.of(2026, 4, 16));
        assertThat(tandaTangan).extracting(HasilLangkah::laporanId).containsExactly(s.laporanPem(), s.laporanLain());
        assertThat(tandaTangan.get(0).berhasil()).isFalse();
        assertThat(tandaTangan.get(0).galat()).hasMessageNotContaining("Exception");
        assertThat(tandaTangan.get(1).berhasil()).isTrue();
        var lain = evaluasi.laporan(s.laporanLain());
        assertThat(lain.status()).isEqualTo(StatusLaporan.DITANDATANGANI);
        assertThat(lain.arsipKode()).isNotNull();
        assertThat(lain.tempat()).isEqualTo("Kalaena Kiri");
        // the one signed before keeps its own place and date
        assertThat(evaluasi.laporan(s.laporanPem()).tanggal()).isEqualTo(LocalDate.of(2026, 4, 9));
    }

    @Test
    void aReportOfAnotherQuarterIsNotTakenAlong() {
        Keadaan s = uji.siapkan();
        Keadaan lain = uji.siapkan();
        uji.ajukanLaporan(lain.k().kasi(), lain.laporanPem());
        Masuk.sebagai(users, s.k().sekcam());
        List<HasilLangkah> hasil = massal.verifikasi(s.evaluasiId(), List.of(lain.laporanPem()));
        assertThat(hasil).singleElement().matches(h -> !h.berhasil());
        Masuk.sebagai(users, lain.k().sekcam());
        assertThat(evaluasi.laporan(lain.laporanPem()).status()).isEqualTo(StatusLaporan.DIAJUKAN);
    }
}
