package id.sipeka.renja;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import id.sipeka.Masuk;
import id.sipeka.organisasi.AkunService;
import id.sipeka.organisasi.OrganisasiService;
import id.sipeka.renja.RenjaData.Forum;
import id.sipeka.renja.RenjaData.Peristiwa;
import id.sipeka.renstra.ImporRenstraService;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.flowable.engine.ProcessEngineConfiguration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.userdetails.UserDetailsService;
import tools.jackson.databind.ObjectMapper;

/**
 * The Renja's timeline tells the cycle in the order it happened: "Rancangan disusun" after the approval that
 * completed the sections (the process compiles the rancangan inside that very approval), and every step before what
 * it set off — also when the steps share one timestamp.
 */
@SpringBootTest
class RenjaRiwayatTest {

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
    @Autowired
    ProcessEngineConfiguration engine;

    @AfterEach
    void pulihkan() {
        engine.getClock().reset();
        Masuk.keluar();
    }

    @Test
    void theTimelineListsTheCycleInTheOrderItHappenedEvenWhenEveryStepSharesOneTimestamp() {
        KecamatanUji k = KecamatanUji.siapkan(organisasi, akun, renstra, users, json, 2);
        long u0 = k.unit().get(0);
        long u1 = k.unit().get(1);
        // one moment for the whole cycle: the order can only come from the order of the steps themselves
        Instant saat = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        engine.getClock().setCurrentTime(Date.from(saat));

        Masuk.sebagai(users, k.sekcam());
        long id = renja.pembukaan().buka(k.kecamatanId(), 2026, RenjaUji.batasDari(LocalDate.now())).id();
        Masuk.sebagai(users, k.kepala().get(0));
        renja.isiDanAjukan(id, u0);
        Masuk.sebagai(users, k.kepala().get(1));
        renja.isiDanAjukan(id, u1);
        Masuk.sebagai(users, k.sekcam());
        renja.telaah().kembalikanBagian(id, u1, Map.of(), "Lengkapi lokasi kegiatan.");
        Masuk.sebagai(users, k.kepala().get(1));
        renja.pengisian().ajukanBagian(id, u1);
        Masuk.sebagai(users, k.sekcam());
        renja.telaah().setujuiBagian(id, u0);
        renja.telaah().setujuiBagian(id, u1); // the last section: the rancangan is compiled in this step
        renja.forumRenja().simpanForum(id, new Forum(LocalDate.now(), "Aula", "Kepala desa", List.of()));
        renja.forumRenja().selesaikanForum(id, Set.of(u0));
        Masuk.sebagai(users, k.kepala().get(0));
        renja.pengisian().ajukanBagian(id, u0);
        Masuk.sebagai(users, k.sekcam());
        renja.telaah().setujuiBagian(id, u0);
        renja.penetapan().setujuiRancanganAkhir(id);
        Masuk.sebagai(users, k.camat());
        renja.penetapan().tetapkan(id, "Uji", LocalDate.now());

        List<Peristiwa> riwayat = renja.baca().timeline(id);
        assertThat(riwayat).extracting(Peristiwa::waktu).containsOnly(saat);
        assertThat(riwayat).extracting(Peristiwa::aksi, Peristiwa::unitNama).containsExactly(
                tuple("BUKA", null),
                tuple("AJUKAN", "Unit 0"),
                tuple("AJUKAN", "Unit 1"),
                tuple("KEMBALIKAN_BAGIAN", "Unit 1"),
                tuple("AJUKAN", "Unit 1"),
                tuple("SETUJUI_BAGIAN", "Unit 0"),
                tuple("SETUJUI_BAGIAN", "Unit 1"),
                tuple("SUSUN_RANCANGAN", null),
                tuple("SELESAI_FORUM", null),
                tuple("AJUKAN", "Unit 0"),
                tuple("SETUJUI_BAGIAN", "Unit 0"),
                tuple("SETUJUI_RANCANGAN_AKHIR", null),
                tuple("TETAPKAN", null));
    }

    @Test
    void onTheRealClockTheRancanganFollowsTheApprovalThatCompletedTheSections() {
        KecamatanUji k = KecamatanUji.siapkan(organisasi, akun, renstra, users, json, 3);
        Masuk.sebagai(users, k.sekcam());
        long id = renja.pembukaan().buka(k.kecamatanId(), 2026, RenjaUji.batasDari(LocalDate.now())).id();
        for (int i = 0; i < 3; i++) {
            Masuk.sebagai(users, k.kepala().get(i));
            renja.isiDanAjukan(id, k.unit().get(i));
        }
        Masuk.sebagai(users, k.sekcam());
        k.unit().forEach(u -> renja.telaah().setujuiBagian(id, u));

        List<Peristiwa> riwayat = renja.baca().timeline(id);
        List<String> aksi = riwayat.stream().map(Peristiwa::aksi).toList();
        assertThat(aksi.getLast()).isEqualTo("SUSUN_RANCANGAN");
        assertThat(aksi.lastIndexOf("SETUJUI_BAGIAN")).isEqualTo(aksi.size() - 2);
        assertThat(riwayat.get(aksi.size() - 2).unitNama()).isEqualTo("Unit 2");
    }
}
