package id.sipeka.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The one approval state: each transition allowed only from the states it names, with who and when. */
class PersetujuanTest {

    private static final Instant T1 = Instant.parse("2026-07-01T01:00:00Z");
    private static final Instant T2 = Instant.parse("2026-07-02T01:00:00Z");

    @Test
    void aUnitSubmitsTheApproverReturnsWithAReasonTheUnitResubmitsAndItIsApproved() {
        Persetujuan p = new Persetujuan();
        assertThat(p.status()).isEqualTo(StatusPersetujuan.DIISI);
        assertThat(p.dapatDiubah()).isTrue();

        p.ajukan("kasi.pem", T1);
        assertThat(p.status()).isEqualTo(StatusPersetujuan.DIAJUKAN);
        assertThat(p.dapatDiubah()).isFalse();
        assertThat(p.diajukanOleh()).isEqualTo("kasi.pem");

        p.kembalikan("  target belum sesuai  ", false, "sekcam", T2);
        assertThat(p.status()).isEqualTo(StatusPersetujuan.DIKEMBALIKAN);
        assertThat(p.alasan()).isEqualTo("target belum sesuai");
        assertThat(p.diputusOleh()).isEqualTo("sekcam");
        assertThat(p.diputusPada()).isEqualTo(T2);

        p.ajukan("kasi.pem", T2);
        p.setujui("sekcam", T2);
        assertThat(p.disetujui()).isTrue();
        assertThat(p.alasan()).isNull();
    }

    @Test
    void transitionsNotAllowedFromTheCurrentStateAreRefusedInIndonesian() {
        Persetujuan p = new Persetujuan();
        assertThatThrownBy(() -> p.setujui("sekcam", T1)).isInstanceOf(AturanDilanggarException.class)
                .hasMessage("Tidak dapat disetujui: statusnya sedang diisi, bukan diajukan.");
        assertThatThrownBy(() -> p.kembalikan("x", false, "sekcam", T1)).isInstanceOf(AturanDilanggarException.class);
        assertThatThrownBy(p::bukaKembali).isInstanceOf(AturanDilanggarException.class);

        p.ajukan("kasi", T1);
        assertThatThrownBy(() -> p.ajukan("kasi", T1)).isInstanceOf(AturanDilanggarException.class)
                .hasMessage("Tidak dapat diajukan: statusnya diajukan.");
        assertThat(p.status()).isEqualTo(StatusPersetujuan.DIAJUKAN);
    }

    @Test
    void aReturnNeedsAReasonUnlessReasonsPerRowAreGiven() {
        Persetujuan p = new Persetujuan();
        p.ajukan("kasi", T1);
        assertThatThrownBy(() -> p.kembalikan("  ", false, "sekcam", T2)).isInstanceOf(AturanDilanggarException.class)
                .hasMessage("Alasan pengembalian wajib diisi.");
        assertThat(p.status()).isEqualTo(StatusPersetujuan.DIAJUKAN);

        p.kembalikan(null, true, "sekcam", T2);
        assertThat(p.status()).isEqualTo(StatusPersetujuan.DIKEMBALIKAN);
        assertThat(p.alasan()).isNull();
    }

    @Test
    void anApprovedPieceCanBeReturnedByAHigherLevelOrOpenedForANewRound() {
        Persetujuan p = new Persetujuan();
        p.ajukan("kasi", T1);
        p.setujui("sekcam", T1);
        p.kembalikan("tanda tangan ditolak: lampiran kurang", false, "camat", T2);
        assertThat(p.status()).isEqualTo(StatusPersetujuan.DIKEMBALIKAN);
        assertThat(p.diputusOleh()).isEqualTo("camat");

        p.ajukan("kasi", T2);
        p.setujui("sekcam", T2);
        p.bukaKembali();
        assertThat(p.status()).isEqualTo(StatusPersetujuan.DIISI);
        assertThat(p.dapatDiubah()).isTrue();
    }

    @Test
    void anApprovalIsCarriedOverWithWhoSubmittedAndApprovedItAndWhenButNothingElseIs() {
        Persetujuan asal = new Persetujuan();
        asal.ajukan("kasi.pem", T1);
        asal.setujui("sekcam", T2);
        Persetujuan dibawa = new Persetujuan();
        dibawa.bawaDari(asal);
        assertThat(dibawa.disetujui()).isTrue();
        assertThat(dibawa.diajukanOleh()).isEqualTo("kasi.pem");
        assertThat(dibawa.diajukanPada()).isEqualTo(T1);
        assertThat(dibawa.diputusOleh()).isEqualTo("sekcam");
        assertThat(dibawa.diputusPada()).isEqualTo(T2);

        Persetujuan diajukan = new Persetujuan();
        diajukan.ajukan("kasi.pem", T1);
        assertThatThrownBy(() -> new Persetujuan().bawaDari(diajukan)).isInstanceOf(AturanDilanggarException.class)
                .hasMessage("Persetujuan tidak dapat dibawa: statusnya diajukan.");
        assertThatThrownBy(() -> diajukan.bawaDari(asal)).as("only onto fresh work").isInstanceOf(AturanDilanggarException.class);
    }
}
