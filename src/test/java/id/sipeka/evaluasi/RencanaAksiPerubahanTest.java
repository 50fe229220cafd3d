package id.sipeka.evaluasi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import id.sipeka.Masuk;
import id.sipeka.base.AturanDilanggarException;
import id.sipeka.evaluasi.EvaluasiData.BarisRencanaAksi;
import id.sipeka.evaluasi.EvaluasiData.RencanaAksiUnitData;
import id.sipeka.evaluasi.EvaluasiData.UbahRencanaAksi;
import id.sipeka.renja.LayananRenja;
import id.sipeka.renja.RenjaData.BarisRenja;
import id.sipeka.renja.RenjaData.Forum;
import id.sipeka.renja.RenjaData.UbahBarisRenja;
import id.sipeka.renja.Batas;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.flowable.engine.RuntimeService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.userdetails.UserDetailsService;
import id.sipeka.organisasi.AkunService;
import id.sipeka.organisasi.OrganisasiService;
import id.sipeka.renstra.ImporRenstraService;
import tools.jackson.databind.ObjectMapper;

/**
 * After a Renja Perubahan is ditetapkan, on MariaDB: a unit whose rows the perubahan changed confirms its rencana aksi
 * again (a draft with the quarters it had), a unit whose rows did not change keeps its approved rencana aksi — even
 * when the sekcam named it for the perubahan — and TW IV waits only for the units that changed.
 */
@SpringBootTest
class RencanaAksiPerubahanTest {

    @Autowired
    PenyiapSeed003 seed003;
    @Autowired
    LayananRenja renja;
    @Autowired
    RencanaAksiService rencanaAksi;
    @Autowired
    PembukaanEvaluasiService pembukaanEvaluasi;
    @Autowired
    RencanaAksiUnitRepository unitRepo;
    @Autowired
    RuntimeService runtime;
    @Autowired
    UserDetailsService users;
    @Autowired
    OrganisasiService organisasi;
    @Autowired
    AkunService akun;
    @Autowired
    ImporRenstraService renstra;
    @Autowired
    ObjectMapper json;

    @AfterEach
    void keluar() {
        Masuk.keluar();
    }

    @Test
    void onlyTheUnitWhoseRowsChangedConfirmsItsRencanaAksiAgainBeforeTwIv() {
        KecamatanSeed003 k = seed003.siapkan();
        long perubahan = perubahanForumLebihBesar(k);

        Masuk.sebagai(users, k.sekcam());
        assertThat(rencanaAksi.ringkasan(perubahan)).extracting(RencanaAksiUnitData::unitKerjaId, RencanaAksiUnitData::status)
                .containsExactlyInAnyOrder(tuple(k.pem(), StatusRencanaAksi.DRAF), tuple(k.lain(), StatusRencanaAksi.DISETUJUI));
        assertThat(proses(perubahan, k.pem())).isOne();
        assertThat(proses(perubahan, k.lain())).as("an approval carried over needs no process").isZero();
        // both keep the quarters they had; the unchanged unit's stay locked
        assertThat(rencanaAksi.baris(perubahan, k.lain())).extracting(BarisRencanaAksi::rp)
                .containsExactly(Arrays.asList(250_000L, 250_000L, 250_000L, 250_000L));
        assertThat(rencanaAksi.baris(perubahan, k.pem())).filteredOn(b -> b.kode().equals(KecamatanSeed003.FORUM))
                .extracting(BarisRencanaAksi::rp).containsExactly(Arrays.asList(4_483_500L, 6_000_000L, 6_087_500L, 6_000_000L));
        assertThat(rencanaAksi.semuaDisetujui(perubahan)).isFalse();
        assertThatThrownBy(() -> pembukaanEvaluasi.mulai(k.kecamatanId(), 2026, 4)).isInstanceOf(AturanDilanggarException.class)
                .hasMessage("Rencana aksi Renja 2026 belum disetujui untuk semua unit: evaluasi triwulan belum dapat dimulai.");

        Masuk.sebagai(users, k.kepalaLain());
        assertThat(rencanaAksi.tindakan(perubahan, k.lain())).isEmpty();
        BarisRencanaAksi lain = rencanaAksi.baris(perubahan, k.lain()).getFirst();
        assertThatThrownBy(() -> rencanaAksi.simpan(new UbahRencanaAksi(lain.id(), lain.version(), lain.target(),
                Arrays.asList(1L, 1L, 1L, 1L)))).isInstanceOf(AturanDilanggarException.class)
                .hasMessage("Rencana aksi sudah diajukan atau disetujui dan tidak dapat diubah.");

        // the changed unit spreads its new anggaran, submits, the sekcam approves: TW IV may start
        Masuk.sebagai(users, k.kasi());
        BarisRencanaAksi forum = rencanaAksi.baris(perubahan, k.pem()).stream()
                .filter(b -> b.kode().equals(KecamatanSeed003.FORUM)).findFirst().orElseThrow();
        rencanaAksi.simpan(new UbahRencanaAksi(forum.id(), forum.version(), forum.target(),
                Arrays.asList(4_483_500L, 6_000_000L, 6_087_500L, 8_429_000L)));
        rencanaAksi.ajukan(perubahan, k.pem());
        Masuk.sebagai(users, k.sekcam());
        rencanaAksi.setujui(perubahan, k.pem());
        assertThat(rencanaAksi.semuaDisetujui(perubahan)).isTrue();
        assertThat(pembukaanEvaluasi.mulai(k.kecamatanId(), 2026, 4).renjaId()).isEqualTo(perubahan);
    }

    @Test
    void aPerubahanCarriesTheFurtherIndicatorsQuartersOver() {
        KecamatanSeed003 k = KecamatanSeed003.siapkanTanpaRencanaAksi(organisasi, akun, renstra, renja, users, json,
                "[{\"indikator\": \"Jumlah desa dilayani\", \"satuan\": \"Desa\", \"jenis\": \"JUMLAH\", \"target\": {\"2026\": 10}}]");
        Masuk.sebagai(users, k.kepalaLain());
        BarisRencanaAksi b = rencanaAksi.baris(k.renjaId(), k.lain()).getFirst();
        rencanaAksi.simpan(new UbahRencanaAksi(b.id(), b.version(), b.target(), b.rp(),
                java.util.Map.of(2, KecamatanSeed003.angka(2, 2, 3, 3))));
        k.rencanaAksiDisetujui(rencanaAksi, users);

        long perubahan = perubahanForumLebihBesar(k);

        Masuk.sebagai(users, k.kepalaLain());
        assertThat(rencanaAksi.baris(perubahan, k.lain()).getFirst().indikatorLain().getFirst().target())
                .usingElementComparator(java.math.BigDecimal::compareTo)
                .containsExactlyElementsOf(KecamatanSeed003.angka(2, 2, 3, 3));
    }

    /**
     * A perubahan for which the sekcam names both units: the seksi raises the forum row's pagu by Rp 2.429.000, the
     * other unit submits its row as it was. Forum without usulan; the camat signs.
     */
    private long perubahanForumLebihBesar(KecamatanSeed003 k) {
        LocalDate h = LocalDate.now();
        Masuk.sebagai(users, k.sekcam());
        long id = renja.pembukaan().bukaPerubahan(k.renjaId(), Set.of(k.pem(), k.lain()),
                new Batas(h.plusDays(10), h.plusDays(15), h.plusDays(25), h.plusDays(30))).id();
        Masuk.sebagai(users, k.kasi());
        BarisRenja forum = renja.baca().barisUnit(id, k.pem()).stream()
                .filter(b -> b.kode().equals(KecamatanSeed003.FORUM)).findFirst().orElseThrow();
        renja.pengisian().simpanBaris(new UbahBarisRenja(forum.id(), forum.version(), forum.indikator(), forum.target(),
                forum.lokasi(), forum.pagu() + 2_429_000L, forum.sumberDana(), forum.catatan(), forum.targetMaju(),
                forum.paguMaju()));
        renja.pengisian().ajukanBagian(id, k.pem());
        Masuk.sebagai(users, k.kepalaLain());
        renja.pengisian().ajukanBagian(id, k.lain());
        Masuk.sebagai(users, k.sekcam());
        renja.telaah().setujuiBagian(id, k.pem());
        renja.telaah().setujuiBagian(id, k.lain());
        renja.forumRenja().simpanForum(id, new Forum(h, "Aula Kantor Camat", "Kepala desa", List.of()));
        renja.forumRenja().selesaikanForum(id, Set.of());
        renja.penetapan().setujuiRancanganAkhir(id);
        Masuk.sebagai(users, k.camat());
        renja.penetapan().tetapkan(id, "Kalaena Kiri", h);
        return id;
    }

    private long proses(long renjaId, long unitId) {
        long id = unitRepo.findByRenjaIdAndUnitKerjaId(renjaId, unitId).orElseThrow().id;
        return runtime.createProcessInstanceQuery().processDefinitionKey(ProsesRencanaAksi.KUNCI)
                .processInstanceBusinessKey(String.valueOf(id)).count();
    }
}
