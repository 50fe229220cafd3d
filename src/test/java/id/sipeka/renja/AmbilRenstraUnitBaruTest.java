package id.sipeka.renja;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import id.sipeka.LatarSelesai;
import id.sipeka.Masuk;
import id.sipeka.inbox.InboxService;
import id.sipeka.inbox.InboxService.Tugas;
import id.sipeka.notifikasi.NotifikasiService;
import id.sipeka.notifikasi.NotifikasiService.NotifikasiData;
import id.sipeka.organisasi.AkunService;
import id.sipeka.organisasi.OrganisasiService;
import id.sipeka.renja.AktivitasRenjaData.AktivitasRenja;
import id.sipeka.renja.AktivitasRenjaData.UbahAktivitas;
import id.sipeka.renja.PerubahanRenstraRenja.BarisBerubah;
import id.sipeka.renja.PerubahanRenstraRenja.Jenis;
import id.sipeka.renja.PerubahanRenstraRenja.Pratinjau;
import id.sipeka.renja.RenjaData.BarisRenja;
import id.sipeka.renja.RenjaData.Forum;
import id.sipeka.renstra.ImporRenstraService;
import id.sipeka.renstra.PratinjauImpor;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Taking a Renstra Perubahan over when it gives a sub kegiatan (new, or moved from another unit) to a unit that has no
 * section in the Renja: the unit gets one — with its own task while sections are being filled, approved at once
 * after that — and the row moves with its sub kegiatan. Aktivitas follow the Renstra where the unit left them alone.
 */
@SpringBootTest
@WithUserDetails("admin")
class AmbilRenstraUnitBaruTest {

    private static final String SUB1 = "7.01.02.2.04.0001"; // unit U0
    private static final String SUB2 = "7.01.02.2.04.0002"; // unit U1, moved to U2 by the perubahan
    private static final String SUB3 = "7.01.02.2.04.0003"; // new, unit U2

    @Autowired
    PenyiapPerubahan penyiap;
    @Autowired
    ImporRenstraService impor;
    @Autowired
    AmbilPerubahanRenstraService ambil;
    @Autowired
    LayananRenja renja;
    @Autowired
    AktivitasRenjaService aktivitasRenja;
    @Autowired
    OrganisasiService organisasi;
    @Autowired
    AkunService akun;
    @Autowired
    NotifikasiService notifikasi;
    @Autowired
    InboxService inbox;
    @Autowired
    UserDetailsService users;
    @Autowired
    ObjectMapper json;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void whileSectionsAreFilledAUnitWithoutASectionGetsOneWithItsOwnTaskAndTheMovedRow() {
        PenyiapPerubahan.Kecamatan k = penyiap.renjaDitetapkan(2);
        long perubahan = penyiap.bukaPerubahan(k, Set.of(k.unit().get(0)));
        KecamatanUji.Orang u2 = KecamatanUji.tambahUnit(organisasi, akun, users, k.kecamatanId(), "U2");
        perubahanRenstra(k, sub(SUB1, "U0", 4, 1_000_000L), sub(SUB2, "U2", 4, 1_000_000L), sub(SUB3, "U2", 3, 700_000L));

        Pratinjau pr = ambil.pratinjau(perubahan);
        assertThat(pr.baris()).extracting(BarisBerubah::jenis, BarisBerubah::kode, BarisBerubah::rincian).containsExactly(
                tuple(Jenis.DIUBAH, SUB2, "Unit kerja: Unit 1 → Unit U2"),
                tuple(Jenis.DITAMBAH, SUB3, "Unit ini belum mempunyai bagian: bagiannya dibuka dan unit mendapat tugas"
                        + " mengisinya"));
        assertThat(bagian(perubahan, u2.unitId())).as("a preview stores nothing").isZero();

        ambil.ambil(perubahan);

        assertThat(renja.baca().baris(perubahan)).extracting(BarisRenja::kode, BarisRenja::unitKerjaId).containsExactly(
                tuple(SUB1, k.unit().get(0)), tuple(SUB2, u2.unitId()), tuple(SUB3, u2.unitId()));
        assertThat(bagian(perubahan, u2.unitId())).isOne();
        // the new unit's head is told, finds both rows in its section, fills and submits them
        LatarSelesai.tunggu(jdbc);
        Masuk.sebagai(users, u2.username());
        assertThat(notifikasi.untukSaya()).extracting(NotifikasiData::tautan).contains("renja/" + perubahan + "/bagian");
        assertThat(inbox.tugasSaya()).filteredOn(t -> t.kunciBisnis().equals(String.valueOf(perubahan)))
                .extracting(Tugas::nama, Tugas::rute).containsExactly(tuple("Isi bagian", "renja/" + perubahan + "/bagian"));
        assertThat(renja.baca().barisUnit(perubahan, u2.unitId())).extracting(BarisRenja::kode).containsExactly(SUB2, SUB3);
        renja.isiDanAjukan(perubahan, u2.unitId());
        Masuk.sebagai(users, k.kepala().get(0));
        renja.isiDanAjukan(perubahan, k.unit().get(0));
        // the rancangan waits for every section, the new one included
        Masuk.sebagai(users, k.sekcam());
        renja.telaah().setujuiBagian(perubahan, k.unit().get(0));
        assertThat(tahap(perubahan)).isEqualTo("PENYUSUNAN");
        renja.telaah().setujuiBagian(perubahan, u2.unitId());
        assertThat(tahap(perubahan)).isEqualTo("FORUM");
    }

    @Test
    void afterTheSectionsWereApprovedTheNewSectionIsApprovedAndTheForumMayStillSendItForRevision() {
        PenyiapPerubahan.Kecamatan k = penyiap.renjaDitetapkan(1);
        long perubahan = penyiap.bukaPerubahan(k, Set.of(k.unit().get(0)));
        penyiap.ubahDanSetujui(k, perubahan, 0, new java.math.BigDecimal("5"), 1_100_000L);
        assertThat(tahap(perubahan)).isEqualTo("FORUM");
        KecamatanUji.Orang u1 = KecamatanUji.tambahUnit(organisasi, akun, users, k.kecamatanId(), "U1");
        perubahanRenstra(k, sub(SUB1, "U0", 4, 1_000_000L), sub(SUB2, "U1", 2, 400_000L));

        assertThat(ambil.pratinjau(perubahan).baris()).extracting(BarisBerubah::kode, BarisBerubah::rincian)
                .contains(tuple(SUB2, "Unit ini belum mempunyai bagian: bagiannya dibuat berisi nilai Renstra dan langsung"
                        + " disetujui (forum masih dapat meminta revisi)"));
        ambil.ambil(perubahan);

        assertThat(jdbc.queryForObject("SELECT status FROM renja_bagian WHERE renja_id = ? AND unit_kerja_id = ?",
                String.class, perubahan, u1.unitId())).isEqualTo("DISETUJUI");
        assertThat(renja.baca().barisUnit(perubahan, u1.unitId())).extracting(BarisRenja::kode, BarisRenja::pagu)
                .containsExactly(tuple(SUB2, 400_000L));
        // the forum sends it for revision: its head now has the task and may change the row
        renja.forumRenja().simpanForum(perubahan, new Forum(LocalDate.now(), "Aula Kantor Camat", "Kepala desa", List.of()));
        assertThat(renja.forumRenja().selesaikanForum(perubahan, Set.of(u1.unitId()))).containsExactly(u1.unitId());
        Masuk.sebagai(users, u1.username());
        renja.isiDanAjukan(perubahan, u1.unitId());
        assertThat(renja.baca().barisUnit(perubahan, u1.unitId())).extracting(BarisRenja::pagu).containsExactly(1_000_000L);
    }

    @Test
    void aktivitasFollowTheRenstraWhereTheUnitLeftThemAloneAndStayWhereItEditedThem() {
        KabupatenAktivitasUji k = KabupatenAktivitasUji.siapkan(organisasi, akun, users, true);
        ObjectNode berkas = KabupatenAktivitasUji.json(json, k.kecamatan().nama());
        impor.imporJson(k.kecamatan().id(), berkas);
        Masuk.sebagai(users, k.sekcam());
        long renjaId = renja.pembukaan().buka(k.kecamatan().id(), 2025, RenjaUji.batasDari(LocalDate.now())).id();
        String sub1 = "7.01.01.2.01.0001";
        String sub2 = "7.01.01.2.01.0002";
        // the head of SEKSI-PEM changes an Aktivitas (12.000.000 → 11.000.000); SEKSI-PMD's row has none
        Masuk.sebagai(users, k.kasiPem());
        AktivitasRenja pertama = aktivitasRenja.aktivitas(baris(renjaId, sub1).id()).getFirst();
        aktivitasRenja.simpan(new UbahAktivitas(pertama.id(), pertama.renjaBarisId(), pertama.version(), pertama.nama(),
                pertama.volume(), pertama.satuan(), pertama.prioritas(), 11_000_000L, pertama.lokasi()));
        isiDanAjukan(renjaId, k.pem());
        Masuk.sebagai(users, k.kasiPmd());
        isiDanAjukan(renjaId, k.pmd());
        Masuk.sebagai(users, k.sekcam());
        renja.telaah().setujuiBagian(renjaId, k.pem());
        renja.telaah().setujuiBagian(renjaId, k.pmd());

        // the perubahan: the second Aktivitas of 0001 costs 7.000.000 in 2025; 0002 gets two Aktivitas (4 + 3 million, in 2026 4,5 + 3 as its pagu)
        ArrayNode rows = (ArrayNode) berkas.get("nomenklatur");
        for (JsonNode n : rows) {
            if (n.get("kode").asString().equals(sub1 + ".2")) {
                ((ObjectNode) n.get("pagu")).put("2025", 7_000_000L);
            }
        }
        rows.add(aktivitas(sub2 + ".1", "Rapat evaluasi", 4_000_000L, 4_500_000L));
        rows.add(aktivitas(sub2 + ".2", "Penyusunan laporan", 3_000_000L, 3_000_000L));
        PratinjauImpor p = impor.pratinjauJson(k.kecamatan().id(), berkas);
        impor.terapkanJson(k.kecamatan().id(), berkas, p.sidik(), "Perbup Nomor 3 Tahun 2025");

        Pratinjau pr = ambil.pratinjau(renjaId);
        assertThat(pr.baris()).extracting(BarisBerubah::kode, BarisBerubah::rincian).containsExactly(
                tuple(sub1, "Pagu indikatif 2025: tetap Rp 17.500.000 (diisi unit; Renstra Rp 18.500.000 → Rp 19.000.000);"
                        + " Aktivitas: tetap 2 Aktivitas yang diisi unit (Aktivitas di Renstra berubah)"),
                tuple(sub2, "Aktivitas mengikuti Renstra (0 → 2 Aktivitas)"));
        ambil.ambil(renjaId);

        assertThat(aktivitasRenja.aktivitas(baris(renjaId, sub1).id())).extracting(AktivitasRenja::pagu)
                .containsExactly(11_000_000L, 6_500_000L);
        assertThat(baris(renjaId, sub1).pagu()).isEqualTo(11_000_000L + 6_500_000L);
        assertThat(aktivitasRenja.aktivitas(baris(renjaId, sub2).id()))
                .extracting(AktivitasRenja::kode, AktivitasRenja::nama, AktivitasRenja::pagu)
                .containsExactly(tuple(sub2 + ".1", "Rapat evaluasi", 4_000_000L),
                        tuple(sub2 + ".2", "Penyusunan laporan", 3_000_000L));
        assertThat(baris(renjaId, sub2).pagu()).isEqualTo(4_000_000L + 3_000_000L);
    }

    /** The unit completes its rows with a target and sumber dana, keeping their pagu, and submits. */
    private void isiDanAjukan(long renjaId, long unitId) {
        for (BarisRenja b : renja.baca().barisUnit(renjaId, unitId)) {
            renja.pengisian().simpanBaris(new RenjaData.UbahBarisRenja(b.id(), b.version(), "Dokumen tersusun",
                    java.math.BigDecimal.ONE, b.lokasi(), b.pagu(), "APBD", null, b.targetMaju(), b.paguMaju()));
        }
        renja.pengisian().ajukanBagian(renjaId, unitId);
    }

    /** The sekcam re-imports the kecamatan's Renstra with these sub kegiatan: stored as a Renstra Perubahan. */
    private void perubahanRenstra(PenyiapPerubahan.Kecamatan k, String... sub) {
        Masuk.sebagai(users, k.sekcam());
        JsonNode berkas = json.readTree("{\"tahunAwal\": 2025, \"tahunAkhir\": 2029, \"nomenklatur\": [{\"kode\": \"7.01.02\","
                + " \"nama\": \"Program\"}, {\"kode\": \"7.01.02.2.04\", \"nama\": \"Kegiatan\"}, " + String.join(", ", sub) + "]}");
        PratinjauImpor p = impor.pratinjauJson(k.kecamatanId(), berkas);
        assertThat(p.perubahanKe()).isPositive();
        impor.terapkanJson(k.kecamatanId(), berkas, p.sidik(), "Perbup Nomor 12 Tahun 2026");
    }

    private static String sub(String kode, String unit, int target, long pagu) {
        return ("{\"kode\": \"%s\", \"nama\": \"Sub %d\", \"unit\": \"%s\", \"satuan\": \"Laporan\", \"target\": {\"2026\": %d},"
                + " \"pagu\": {\"2026\": %d}}").formatted(kode, Integer.parseInt(kode.substring(kode.length() - 1)) - 1, unit,
                target, pagu);
    }

    private ObjectNode aktivitas(String kode, String nama, long pagu2025, long pagu2026) {
        ObjectNode n = json.createObjectNode();
        n.put("kode", kode);
        n.put("nama", nama);
        n.put("volume", "1");
        n.put("satuan", "Kegiatan");
        n.put("prioritas", "SEDANG");
        n.putObject("pagu").put("2025", pagu2025).put("2026", pagu2026);
        return n;
    }

    private BarisRenja baris(long renjaId, String kode) {
        return renja.baca().baris(renjaId).stream().filter(b -> b.kode().equals(kode)).findFirst().orElseThrow();
    }

    private long bagian(long renjaId, long unitId) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM renja_bagian WHERE renja_id = ? AND unit_kerja_id = ?", Long.class,
                renjaId, unitId);
    }

    private String tahap(long renjaId) {
        return jdbc.queryForObject("SELECT tahap FROM renja WHERE id = ?", String.class, renjaId);
    }
}
