package id.sipeka.renja;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.sipeka.base.AturanDilanggarException;
import id.sipeka.base.StatusPersetujuan;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The stages of a Renja and the approval of its sections refuse any step their current state does not allow. */
class RenjaTahapTest {

    private static final LocalDate H = LocalDate.of(2026, 3, 2);
    private static final Instant T = Instant.parse("2026-03-02T01:00:00Z");

    private static Renja renja() {
        return Renja.baru(1, 2, 2027, JenisRenja.MURNI, null, new Batas(H.plusDays(10), H.plusDays(15), H.plusDays(25), H.plusDays(30)));
    }

    @Test
    void aRenjaWalksItsStagesInOrder() {
        Renja r = renja();
        assertThat(r.tahap).isEqualTo(Tahap.PENYUSUNAN);
        r.rancanganDisusun();
        r.catatForum(H, "Aula", "Kepala desa");
        r.forumSelesai("BA-1", true);
        assertThat(r.tahap).isEqualTo(Tahap.REVISI);
        r.revisiSelesai();
        r.rancanganAkhirDisetujui();
        r.kembalikanKeSekcam();
        assertThat(r.tahap).isEqualTo(Tahap.RANCANGAN_AKHIR);
        r.rancanganAkhirDisetujui();
        r.tetapkan("Kalaena", H, "camat", "Nama", "Camat Kalaena", "198001012005011001", "Pembina");
        r.arsipPenetapan("RJ-1");
        assertThat(r.tahap).isEqualTo(Tahap.DITETAPKAN);
        assertThat(r.penetapanArsipKode).isEqualTo("RJ-1");
    }

    @Test
    void aStageCannotBeSkipped() {
        Renja r = renja();
        assertThatThrownBy(r::rancanganAkhirDisetujui).isInstanceOf(AturanDilanggarException.class)
                .hasMessageContaining("tidak sesuai dengan tahap");
        assertThatThrownBy(() -> r.tetapkan("Kalaena", H, "camat", "N", "J", "1", "P")).isInstanceOf(AturanDilanggarException.class);
        assertThatThrownBy(() -> r.catatForum(H, "Aula", null)).isInstanceOf(AturanDilanggarException.class);
        assertThatThrownBy(r::kembalikanKeSekcam).isInstanceOf(AturanDilanggarException.class);
        assertThatThrownBy(r::revisiSelesai).isInstanceOf(AturanDilanggarException.class);
        assertThat(r.tahap).isEqualTo(Tahap.PENYUSUNAN);
    }

    @Test
    void theForumDoesNotCloseWithoutItsDateAndPlace() {
        Renja r = renja();
        r.rancanganDisusun();
        assertThatThrownBy(() -> r.forumSelesai("BA-1", false)).isInstanceOf(AturanDilanggarException.class)
                .hasMessageContaining("forum");
        assertThat(r.tahap).isEqualTo(Tahap.FORUM);
    }

    @Test
    void aDitetapkanRenjaRefusesEveryFurtherStep() {
        Renja r = renja();
        r.rancanganDisusun();
        r.catatForum(H, "Aula", null);
        r.forumSelesai("BA-1", false);
        r.rancanganAkhirDisetujui();
        r.tetapkan("Kalaena", H, "camat", "N", "J", "1", "P");
        assertThatThrownBy(r::wajibBelumDitetapkan).isInstanceOf(AturanDilanggarException.class)
                .hasMessageContaining("sudah ditetapkan");
        assertThatThrownBy(r::kembalikanKeSekcam).isInstanceOf(AturanDilanggarException.class)
                .hasMessageContaining("sudah ditetapkan");
        r.arsipPenetapan("RJ-1");
        assertThatThrownBy(() -> r.arsipPenetapan("RJ-2")).isInstanceOf(AturanDilanggarException.class);
    }

    @Test
    void aSectionIsSubmittedBeforeItIsDecidedAndReturnedOnlyWithAReason() {
        RenjaBagian b = new RenjaBagian(1, 5);
        assertThatThrownBy(() -> b.setujui("sekcam", T)).isInstanceOf(AturanDilanggarException.class);
        assertThatThrownBy(() -> b.kembalikan("alasan", false, "sekcam", T)).isInstanceOf(AturanDilanggarException.class);
        b.ajukan("kasi", T);
        assertThatThrownBy(() -> b.ajukan("kasi", T)).as("submitted twice").isInstanceOf(AturanDilanggarException.class);
        assertThatThrownBy(() -> b.kembalikan(" ", false, "sekcam", T)).isInstanceOf(AturanDilanggarException.class);
        b.kembalikan(" Pagu ", false, "sekcam", T);
        assertThat(b.persetujuan().status()).isEqualTo(StatusPersetujuan.DIKEMBALIKAN);
        assertThat(b.persetujuan().alasan()).isEqualTo("Pagu");
        b.ajukan("kasi", T);
        b.setujui("sekcam", T);
        assertThat(b.persetujuan().alasan()).isNull();
        assertThat(b.persetujuan().diputusOleh()).isEqualTo("sekcam");
        assertThatThrownBy(() -> b.kembalikan("alasan", false, "sekcam", T)).as("approved: only the forum reopens it")
                .isInstanceOf(AturanDilanggarException.class);
        b.bukaUntukRevisi();
        assertThat(b.persetujuan().status()).isEqualTo(StatusPersetujuan.DIISI);
        assertThatThrownBy(b::bukaUntukRevisi).isInstanceOf(AturanDilanggarException.class);
    }
}
