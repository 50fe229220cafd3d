package id.sipeka.renja;

import static org.assertj.core.api.Assertions.assertThat;

import id.sipeka.Masuk;
import id.sipeka.organisasi.AkunService;
import id.sipeka.organisasi.OrganisasiService;
import id.sipeka.renja.RenjaData.Forum;
import id.sipeka.renstra.ImporRenstraService;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.userdetails.UserDetailsService;
import tools.jackson.databind.ObjectMapper;

/** The service tells each user what they may do now on a Renja and its sections; screens only ask. */
@SpringBootTest
class RenjaTindakanTest {

    @Autowired
    LayananRenja renja;
    @Autowired
    OrganisasiService organisasi;
    @Autowired
    AkunService akun;
    @Autowired
    ImporRenstraService renstra;
    @Autowired
    UserDetailsService users;
    @Autowired
    ObjectMapper json;

    @AfterEach
    void keluar() {
        Masuk.keluar();
    }

    @Test
    void eachUserIsOfferedExactlyTheStepsThatAreTheirsNow() {
        KecamatanUji kec = KecamatanUji.siapkan(organisasi, akun, renstra, users, json, 2);
        long unit0 = kec.unit().get(0);
        long unit1 = kec.unit().get(1);
        Masuk.sebagai(users, kec.sekcam());
        LocalDate h = LocalDate.now();
        long id = renja.pembukaan().buka(kec.kecamatanId(), 2026, new Batas(h.plusDays(5), h.plusDays(6), h.plusDays(7), h.plusDays(8))).id();

        assertThat(tindakan(kec.sekcam(), id)).containsExactly(TindakanRenja.REVIEW_RKPD);
        assertThat(tindakanBagian(kec.sekcam(), id, unit0)).isEmpty();
        assertThat(tindakanBagian(kec.kepala().get(0), id, unit0)).containsExactlyInAnyOrder(TindakanRenja.ISI_BAGIAN,
                TindakanRenja.AJUKAN_BAGIAN);
        assertThat(tindakanBagian(kec.kepala().get(0), id, unit1)).as("another unit's section").isEmpty();
        assertThat(tindakan(kec.camat(), id)).isEmpty();

        for (int i = 0; i < 2; i++) {
            Masuk.sebagai(users, kec.kepala().get(i));
            renja.isiDanAjukan(id, kec.unit().get(i));
        }
        assertThat(tindakanBagian(kec.kepala().get(0), id, unit0)).as("submitted: read-only").isEmpty();
        assertThat(tindakanBagian(kec.sekcam(), id, unit0)).containsExactly(TindakanRenja.TELAAH_BAGIAN);

        Masuk.sebagai(users, kec.sekcam());
        renja.telaah().setujuiBagian(id, unit0);
        renja.telaah().setujuiBagian(id, unit1);
        assertThat(tindakan(kec.sekcam(), id)).containsExactlyInAnyOrder(TindakanRenja.REVIEW_RKPD, TindakanRenja.CATAT_FORUM);
        Masuk.sebagai(users, kec.sekcam());
        renja.forumRenja().simpanForum(id, new Forum(h, "Aula Kantor Camat", null, List.of()));
        renja.forumRenja().selesaikanForum(id, Set.of());
        assertThat(tindakan(kec.sekcam(), id)).containsExactlyInAnyOrder(TindakanRenja.REVIEW_RKPD,
                TindakanRenja.SETUJUI_RANCANGAN_AKHIR);
        Masuk.sebagai(users, kec.sekcam());
        renja.penetapan().setujuiRancanganAkhir(id);
        assertThat(tindakan(kec.sekcam(), id)).containsExactly(TindakanRenja.REVIEW_RKPD);
        assertThat(tindakan(kec.camat(), id)).containsExactly(TindakanRenja.TETAPKAN);
        assertThat(tindakan(kec.kepala().get(0), id)).isEmpty();
    }

    private Set<TindakanRenja> tindakan(String username, long id) {
        Masuk.sebagai(users, username);
        return renja.baca().tindakan(id);
    }

    private Set<TindakanRenja> tindakanBagian(String username, long id, long unitId) {
        Masuk.sebagai(users, username);
        return renja.baca().tindakanBagian(id, unitId);
    }
}
