package id.sipeka.renja;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.sipeka.LatarSelesai;
import id.sipeka.Masuk;
import id.sipeka.base.AturanDilanggarException;
import id.sipeka.notifikasi.NotifikasiService;
import id.sipeka.notifikasi.NotifikasiService.NotifikasiData;
import id.sipeka.organisasi.AkunService;
import id.sipeka.organisasi.OrganisasiService;
import id.sipeka.renja.RenjaData.Forum;
import id.sipeka.renstra.ImporRenstraService;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import tools.jackson.databind.ObjectMapper;

/**
 * Each completed Renja step tells whoever acts next, after it committed, and what asked the previous actor to act on
 * that section or Renja is done; a step that is refused sends nothing.
 */
@SpringBootTest
class RenjaPemberitahuanTest {

    @Autowired
    LayananRenja renja;
    @Autowired
    NotifikasiService notifikasi;
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
    JdbcTemplate jdbc;

    @AfterEach
    void keluar() {
        Masuk.keluar();
    }

    @Test
    void eachStepHandsTheRenjaToTheNextActorAndARefusedStepSendsNothing() {
        KecamatanUji kec = KecamatanUji.siapkan(organisasi, akun, renstra, users, json, 2);
        long unit0 = kec.unit().get(0);
        long unit1 = kec.unit().get(1);
        Masuk.sebagai(users, kec.sekcam());
        LocalDate h = LocalDate.now();
        long id = renja.pembukaan().buka(kec.kecamatanId(), 2026, new Batas(h.plusDays(5), h.plusDays(6), h.plusDays(7), h.plusDays(8))).id();
        String bagian = "renja/" + id + "/bagian";
        String sekcam = "renja/" + id + "/sekcam";

        LatarSelesai.tunggu(jdbc);
        assertThat(untuk(kec.kepala().get(0))).anyMatch(n -> n.jenis().equals("TUGAS") && bagian.equals(n.tautan()));
        assertThat(untuk(kec.kepala().get(1))).anyMatch(n -> n.jenis().equals("TUGAS") && bagian.equals(n.tautan()));

        isiDanAjukan(kec, id, 0);
        LatarSelesai.tunggu(jdbc);
        assertThat(untuk(kec.kepala().get(0))).noneMatch(n -> bagian.equals(n.tautan()));
        assertThat(untuk(kec.kepala().get(1))).anyMatch(n -> bagian.equals(n.tautan()));
        assertThat(untuk(kec.sekcam())).filteredOn(n -> sekcam.equals(n.tautan())).singleElement()
                .satisfies(n -> assertThat(n.judul()).contains("Unit 0"));

        // refused steps: submitting twice (no open task), returning without a reason (a rule)
        int sebelum = jumlahNotifikasi(kec.kecamatanId());
        Masuk.sebagai(users, kec.kepala().get(0));
        assertThatThrownBy(() -> renja.pengisian().ajukanBagian(id, unit0)).isInstanceOf(AturanDilanggarException.class);
        Masuk.sebagai(users, kec.sekcam());
        assertThatThrownBy(() -> renja.telaah().kembalikanBagian(id, unit0, Map.of(), " "))
                .isInstanceOf(AturanDilanggarException.class);
        LatarSelesai.tunggu(jdbc);
        assertThat(jumlahNotifikasi(kec.kecamatanId())).isEqualTo(sebelum);
        assertThat(untuk(kec.sekcam())).filteredOn(n -> sekcam.equals(n.tautan())).hasSize(1);

        Masuk.sebagai(users, kec.sekcam());
        renja.telaah().kembalikanBagian(id, unit0, Map.of(), "Pagu belum sesuai pagu indikatif kecamatan");
        LatarSelesai.tunggu(jdbc);
        assertThat(untuk(kec.sekcam())).noneMatch(n -> sekcam.equals(n.tautan()));
        assertThat(untuk(kec.kepala().get(0))).filteredOn(n -> bagian.equals(n.tautan())).singleElement()
                .satisfies(n -> {
                    assertThat(n.jenis()).isEqualTo("DIKEMBALIKAN");
                    assertThat(n.pesan()).contains("Pagu belum sesuai pagu indikatif kecamatan");
                });

        isiDanAjukan(kec, id, 0);
        isiDanAjukan(kec, id, 1);
        Masuk.sebagai(users, kec.sekcam());
        renja.telaah().setujuiBagian(id, unit0);
        renja.telaah().setujuiBagian(id, unit1);
        LatarSelesai.tunggu(jdbc);
        assertThat(untuk(kec.kepala().get(0))).noneMatch(n -> bagian.equals(n.tautan()));
        assertThat(untuk(kec.sekcam())).filteredOn(n -> sekcam.equals(n.tautan())).singleElement()
                .satisfies(n -> assertThat(n.judul()).contains("forum"));

        renja.forumRenja().simpanForum(id, new Forum(h, "Aula Kantor Camat", "Kepala desa", List.of()));
        renja.forumRenja().selesaikanForum(id, Set.of());
        LatarSelesai.tunggu(jdbc);
        assertThat(untuk(kec.sekcam())).filteredOn(n -> sekcam.equals(n.tautan())).singleElement()
                .satisfies(n -> assertThat(n.judul()).contains("rancangan akhir"));

        renja.penetapan().setujuiRancanganAkhir(id);
        LatarSelesai.tunggu(jdbc);
        assertThat(untuk(kec.sekcam())).noneMatch(n -> sekcam.equals(n.tautan()));
        assertThat(untuk(kec.camat())).anyMatch(n -> n.jenis().equals("TUGAS") && ("renja/" + id + "/penetapan").equals(n.tautan()));

        Masuk.sebagai(users, kec.camat());
        renja.penetapan().kembalikanKeSekcam(id, "Lampiran forum belum ditandatangani");
        LatarSelesai.tunggu(jdbc);
        assertThat(untuk(kec.camat())).noneMatch(n -> ("renja/" + id + "/penetapan").equals(n.tautan()));
        assertThat(untuk(kec.sekcam())).filteredOn(n -> sekcam.equals(n.tautan())).singleElement()
                .satisfies(n -> {
                    assertThat(n.jenis()).isEqualTo("DIKEMBALIKAN");
                    assertThat(n.pesan()).contains("Lampiran forum belum ditandatangani");
                });
    }

    private void isiDanAjukan(KecamatanUji kec, long id, int i) {
        Masuk.sebagai(users, kec.kepala().get(i));
        renja.isiDanAjukan(id, kec.unit().get(i));
    }

    private List<NotifikasiData> untuk(String username) {
        Masuk.sebagai(users, username);
        return notifikasi.untukSaya();
    }

    private int jumlahNotifikasi(long kecamatanId) {
        Integer n = jdbc.queryForObject("SELECT COUNT(*) FROM notifikasi WHERE kecamatan_id = ?", Integer.class, kecamatanId);
        return n == null ? 0 : n;
    }
}
