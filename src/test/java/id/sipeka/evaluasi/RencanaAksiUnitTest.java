package id.sipeka.evaluasi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.sipeka.base.AturanDilanggarException;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The states of a unit's rencana aksi, without Spring. */
class RencanaAksiUnitTest {

    private static final Instant WAKTU = Instant.parse("2026-01-10T01:00:00Z");

    @Test
    void aRencanaAksiIsSubmittedReturnedSubmittedAgainAndApproved() {
        RencanaAksiUnit u = RencanaAksiUnit.baru(1, 2);
        assertThat(u.status()).isEqualTo(StatusRencanaAksi.DRAF);
        u.ajukan("kasi", WAKTU);
        assertThat(u.dapatDiubah()).isFalse();
        u.kembalikan("Target TW II terlalu rendah", "sekcam", WAKTU);
        assertThat(u.status()).isEqualTo(StatusRencanaAksi.DIKEMBALIKAN);
        assertThat(u.alasan()).isEqualTo("Target TW II terlalu rendah");
        u.ajukan("kasi", WAKTU);
        u.setujui("sekcam", WAKTU);
        assertThat(u.status()).isEqualTo(StatusRencanaAksi.DISETUJUI);
        assertThat(u.alasan()).isNull();
    }

    @Test
    void nothingIsApprovedOrReturnedBeforeItIsSubmittedNorSubmittedOnceApproved() {
        RencanaAksiUnit u = RencanaAksiUnit.baru(1, 2);
        assertThatThrownBy(() -> u.setujui("sekcam", WAKTU)).isInstanceOf(AturanDilanggarException.class)
                .hasMessageContaining("belum diajukan");
        assertThatThrownBy(() -> u.kembalikan("x", "sekcam", WAKTU)).isInstanceOf(AturanDilanggarException.class);
        u.ajukan("kasi", WAKTU);
        assertThatThrownBy(() -> u.kembalikan(" ", "sekcam", WAKTU)).isInstanceOf(AturanDilanggarException.class);
        u.setujui("sekcam", WAKTU);
        assertThatThrownBy(() -> u.ajukan("kasi", WAKTU)).isInstanceOf(AturanDilanggarException.class)
                .hasMessageContaining("tidak sedang disusun");
        assertThatThrownBy(() -> u.kembalikan("x", "sekcam", WAKTU)).isInstanceOf(AturanDilanggarException.class);
    }
}
