package id.sipeka.evaluasi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.sipeka.base.AturanDilanggarException;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The states of a laporan evaluasi, without Spring: each step refuses what the current state does not allow. */
class LaporanEvaluasiTest {

    private static final Instant WAKTU = Instant.parse("2026-04-05T01:00:00Z");
    private static final LocalDate TANGGAL = LocalDate.of(2026, 4, 8);

    @Test
    void aReportGoesFromFilledThroughSubmittedAndVerifiedToSigned() {
        LaporanEvaluasi l = LaporanEvaluasi.baru(1, 2);
        assertThat(l.status()).isEqualTo(StatusLaporan.DIISI);
        assertThat(l.dapatDiisi()).isTrue();
        l.ajukan("kasi", "Kasi", "Kepala Seksi", WAKTU);
        assertThat(l.status()).isEqualTo(StatusLaporan.DIAJUKAN);
        assertThat(l.dapatDiisi()).isFalse();
        l.kembalikan(null, true, "sekcam", WAKTU);
        assertThat(l.status()).isEqualTo(StatusLaporan.DIKEMBALIKAN);
        assertThat(l.dapatDiisi()).isTrue();
        l.ajukan("kasi", "Kasi", "Kepala Seksi", WAKTU);
        l.verifikasi("sekcam", "Sekcam", "Sekretaris Camat", WAKTU);
        assertThat(l.status()).isEqualTo(StatusLaporan.DIVERIFIKASI);
        l.tandaTangani("Camat", "Camat", "Kalaena Kiri", TANGGAL, WAKTU);
        assertThat(l.status()).isEqualTo(StatusLaporan.DITANDATANGANI);
        l.arsipkan("ARSIP-1");
        assertThat(l.arsipKode).isEqualTo("ARSIP-1");
    }

    @Test
    void aReportIsNotSubmittedTwiceNorVerifiedBeforeItIsSubmitted() {
        LaporanEvaluasi l = LaporanEvaluasi.baru(1, 2);
        assertThatThrownBy(() -> l.verifikasi("sekcam", "Sekcam", "Sekretaris Camat", WAKTU))
                .isInstanceOf(AturanDilanggarException.class).hasMessageContaining("sedang diisi");
        l.ajukan("kasi", "Kasi", "Kepala Seksi", WAKTU);
        assertThatThrownBy(() -> l.ajukan("kasi", "Kasi", "Kepala Seksi", WAKTU))
                .isInstanceOf(AturanDilanggarException.class).hasMessageContaining("diajukan");
    }

    @Test
    void onlyAVerifiedReportIsSignedAndASignedOneNeverChangesAgain() {
        LaporanEvaluasi l = LaporanEvaluasi.baru(1, 2);
        l.ajukan("kasi", "Kasi", "Kepala Seksi", WAKTU);
        assertThatThrownBy(() -> l.tandaTangani("Camat", "Camat", "Kalaena Kiri", TANGGAL, WAKTU))
                .isInstanceOf(AturanDilanggarException.class).hasMessageContaining("diverifikasi");
        assertThatThrownBy(() -> l.arsipkan("ARSIP-1")).isInstanceOf(AturanDilanggarException.class);
        l.verifikasi("sekcam", "Sekcam", "Sekretaris Camat", WAKTU);
        l.tandaTangani("Camat", "Camat", "Kalaena Kiri", TANGGAL, WAKTU);
        assertThatThrownBy(() -> l.kembalikan("Ubah", false, "camat", WAKTU))
                .isInstanceOf(AturanDilanggarException.class).hasMessageContaining("ditandatangani");
        assertThatThrownBy(() -> l.tandaTangani("Camat", "Camat", "Kalaena Kiri", TANGGAL, WAKTU))
                .isInstanceOf(AturanDilanggarException.class).hasMessageContaining("ditandatangani");
        assertThat(l.dapatDiisi()).isFalse();
    }

    @Test
    void theCamatMayReturnAVerifiedReportWithAReason() {
        LaporanEvaluasi l = LaporanEvaluasi.baru(1, 2);
        l.ajukan("kasi", "Kasi", "Kepala Seksi", WAKTU);
        l.verifikasi("sekcam", "Sekcam", "Sekretaris Camat", WAKTU);
        assertThatThrownBy(() -> l.kembalikan(" ", false, "camat", WAKTU)).isInstanceOf(AturanDilanggarException.class);
        l.kembalikan("Perbaiki kendala", false, "camat", WAKTU);
        assertThat(l.status()).isEqualTo(StatusLaporan.DIKEMBALIKAN);
        assertThat(l.alasan()).isEqualTo("Perbaiki kendala");
    }
}
