package id.sipeka.evaluasi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.sipeka.base.AturanDilanggarException;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The states of a quarter's evaluation, without Spring. */
class EvaluasiTriwulanTest {

    private static final Instant WAKTU = Instant.parse("2026-04-01T01:00:00Z");
    private static final LocalDate TANGGAL = LocalDate.of(2026, 4, 10);

    @Test
    void theRecapIsSignedOnlyOnceEveryReportIsSignedAndOnlyOnce() {
        EvaluasiTriwulan e = EvaluasiTriwulan.mulai(1, 2, 2026, 1, TANGGAL, WAKTU, "sekcam");
        assertThat(e.status).isEqualTo(StatusEvaluasi.BERJALAN);
        assertThatThrownBy(() -> e.tandaTanganiRekap("Kalaena Kiri", TANGGAL, "camat", "Camat", "Camat"))
                .isInstanceOf(AturanDilanggarException.class);
        e.rekapSiap();
        assertThatThrownBy(e::rekapSiap).isInstanceOf(AturanDilanggarException.class);
        assertThatThrownBy(() -> e.arsipkan("R", null)).isInstanceOf(AturanDilanggarException.class);
        e.tandaTanganiRekap("Kalaena Kiri", TANGGAL, "camat", "Camat", "Camat");
        assertThat(e.status).isEqualTo(StatusEvaluasi.SELESAI);
        assertThatThrownBy(() -> e.tandaTanganiRekap("Kalaena Kiri", TANGGAL, "camat", "Camat", "Camat"))
                .isInstanceOf(AturanDilanggarException.class);
        e.arsipkan("R", null);
        assertThat(e.rekapArsipKode).isEqualTo("R");
    }
}
