package id.sipeka.renja;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import id.sipeka.Masuk;
import id.sipeka.base.AturanDilanggarException;
import id.sipeka.evaluasi.EvaluasiData;
import id.sipeka.evaluasi.PerjanjianKinerjaService;
import id.sipeka.organisasi.OrganisasiService;
import id.sipeka.renja.PerubahanRenstraRenja.BarisBerubah;
import id.sipeka.renja.PerubahanRenstraRenja.Jenis;
import id.sipeka.renja.PerubahanRenstraRenja.Pratinjau;
import id.sipeka.renja.RenjaData.BarisRenja;
import id.sipeka.renja.RenjaData.UbahBarisRenja;
import id.sipeka.renstra.ImporRenstraService;
import id.sipeka.renstra.PratinjauImpor;
import id.sipeka.renstra.PratinjauImpor.PerubahanBaris;
import id.sipeka.renstra.RenstraData.IndikatorSubKegiatan;
import id.sipeka.renstra.RenstraData.RenstraLengkap;
import id.sipeka.renstra.RenstraData.RenstraRingkas;
import id.sipeka.renstra.RenstraService;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Renstra Perubahan on MariaDB: once a Renja of the period has left its draft a re-import becomes a new version of the
 * Renstra (with its reason), the old version stays as it was and readable, the version in force is the new one, an
 * open Renja keeps its numbers until the sekcam takes the change over (Renstra values follow, typed values stay), a
 * kasi may not take it over and a ditetapkan Renja keeps its version.
 */
@SpringBootTest
@WithUserDetails("admin")
class RenstraPerubahanTest {

    private static final String SUB1 = "7.01.02.2.04.0001"; // unit U0
    private static final String SUB2 = "7.01.02.2.04.0002"; // unit U1
    private static final String SUB3 = "7.01.02.2.04.0003"; // unit U2
    private static final String SUB4 = "7.01.02.2.04.0004"; // new, unit U0

    @Autowired
    PenyiapPerubahan penyiap;
    @Autowired
    ImporRenstraService impor;
    @Autowired
    RenstraService renstra;
    @Autowired
    AmbilPerubahanRenstraService ambil;
    @Autowired
    LayananRenja renja;
    @Autowired
    UserDetailsService users;
    @Autowired
    ObjectMapper json;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PerjanjianKinerjaService pk;
    @Autowired
    OrganisasiService organisasi;

    @Test
    void aReimportAfterARenjaLeftItsDraftIsARenstraPerubahanThatTheSekcamTakesOverIntoAnOpenRenja() {
        PenyiapPerubahan.Kecamatan k = penyiap.renjaDitetapkan(3);
        long perubahanRenja = penyiap.bukaPerubahan(k, Set.of(k.unit().get(0)));
        // the head of U0 types a pagu of its own into the open Renja Perubahan
        Masuk.sebagai(users, k.kepala().get(0));
        BarisRenja b1 = renja.baca().barisUnit(perubahanRenja, k.unit().get(0)).getFirst();
        renja.pengisian().simpanBaris(new UbahBarisRenja(b1.id(), b1.version(), b1.indikator(), b1.target(), b1.lokasi(),
                900_000L, "APBD", null, b1.targetMaju(), b1.paguMaju()));

        Masuk.sebagai(users, k.sekcam());
        RenstraLengkap asli = renstra.terbaru(k.kecamatanId()).orElseThrow();
        JsonNode berkas = berkas(sub(SUB1, 0, 5, 1_200_000L), sub(SUB2, 1, 4, 1_500_000L), sub(SUB4, 0, 2, 500_000L));
        PratinjauImpor p = impor.pratinjauJson(k.kecamatanId(), berkas);
        assertThat(p.perubahanKe()).isEqualTo(1);
        assertThat(p.bolehDiterapkan()).as(p.halangan()).isTrue();
        assertThat(p.perubahan()).extracting(PerubahanBaris::jenis, PerubahanBaris::kode).containsExactlyInAnyOrder(
                tuple(PratinjauImpor.Jenis.DIUBAH, SUB1), tuple(PratinjauImpor.Jenis.DIUBAH, SUB2),
                tuple(PratinjauImpor.Jenis.DIHAPUS, SUB3), tuple(PratinjauImpor.Jenis.DITAMBAH, SUB4));
        assertThat(p.totalSebelum().get(2026)).isEqualTo(3_000_000L);
        assertThat(p.totalSesudah().get(2026)).isEqualTo(3_200_000L);

        // a perubahan needs its reason; without it nothing is stored
        assertThatThrownBy(() -> impor.terapkanJson(k.kecamatanId(), berkas, p.sidik(), " "))
                .isInstanceOf(AturanDilanggarException.class)
                .hasMessage("Impor ini disimpan sebagai Renstra Perubahan ke-1: isi dasar/alasan perubahannya."
                        + " Tidak ada yang disimpan.");
        assertThat(renstra.versi(asli.renstra().id())).hasSize(1);

        impor.terapkanJson(k.kecamatanId(), berkas, p.sidik(), "Perbup Nomor 12 Tahun 2026");

        List<RenstraRingkas> versi = renstra.versi(asli.renstra().id());
        assertThat(versi).extracting(RenstraRingkas::perubahanKe, RenstraRingkas::berlaku, RenstraRingkas::dasar)
                .containsExactly(tuple(0, false, null), tuple(1, true, "Perbup Nomor 12 Tahun 2026"));
        assertThat(versi.get(1).dibuatOleh()).isEqualTo(k.sekcam());
        // the old version is kept exactly as it was and readable; the version in force is the new one
        RenstraLengkap lamaSekarang = renstra.lengkap(asli.renstra().id());
        assertThat(lamaSekarang.program()).isEqualTo(asli.program());
        assertThat(lamaSekarang.totalPagu()).isEqualTo(asli.totalPagu());
        RenstraLengkap berlaku = renstra.terbaru(k.kecamatanId()).orElseThrow();
        assertThat(berlaku.renstra().id()).isEqualTo(versi.get(1).id());
        assertThat(berlaku.totalPagu().get(2026)).isEqualTo(3_200_000L);
        assertThat(renstra.daftar(k.kecamatanId())).extracting(RenstraRingkas::id).containsExactly(versi.get(1).id());
        assertThat(renstra.berlaku(asli.renstra().id()).id()).isEqualTo(versi.get(1).id());
        // an old version is read-only
        var barisLama = lamaSekarang.semuaBaris().stream().filter(x -> x.kode().equals(SUB2)).findFirst().orElseThrow();
        assertThatThrownBy(() -> renstra.ubah(new id.sipeka.renstra.RenstraData.UbahBaris(barisLama.id(), barisLama.version(),
                "x", "Laporan", barisLama.unitKerjaId(), Map.of(), Map.of()))).isInstanceOf(AturanDilanggarException.class);

        // the open Renja keeps its numbers, on its version
        assertThat(baris(perubahanRenja)).extracting(BarisRenja::kode, BarisRenja::target, BarisRenja::pagu)
                .containsExactly(tuple(SUB1, new BigDecimal("4.0000"), 900_000L), tuple(SUB2, new BigDecimal("4.0000"), 1_000_000L),
                        tuple(SUB3, new BigDecimal("4.0000"), 1_000_000L));
        assertThat(renstraId(perubahanRenja)).isEqualTo(asli.renstra().id());
        var tersedia = ambil.tersedia(perubahanRenja).orElseThrow();
        assertThat(tersedia.perubahanKe()).isEqualTo(1);
        assertThat(tersedia.perubahanKeLama()).isZero();
        assertThat(tersedia.dasar()).isEqualTo("Perbup Nomor 12 Tahun 2026");
        assertThat(ambil.tersedia(k.renjaId())).as("a ditetapkan Renja is offered nothing").isEmpty();

        // a kasi may not take it over; a ditetapkan Renja refuses it
        Masuk.sebagai(users, k.kepala().get(0));
        assertThatThrownBy(() -> ambil.pratinjau(perubahanRenja)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> ambil.ambil(perubahanRenja)).isInstanceOf(AccessDeniedException.class);
        Masuk.sebagai(users, k.sekcam());
        assertThatThrownBy(() -> ambil.ambil(k.renjaId())).isInstanceOf(AturanDilanggarException.class)
                .hasMessageStartingWith("Renja ini sudah ditetapkan: ia tetap memakai versi Renstra");

        Pratinjau pr = ambil.pratinjau(perubahanRenja);
        assertThat(pr.baris()).extracting(BarisBerubah::jenis, BarisBerubah::kode).containsExactly(
                tuple(Jenis.DIUBAH, SUB1), tuple(Jenis.DIUBAH, SUB2), tuple(Jenis.DIHAPUS, SUB3), tuple(Jenis.DITAMBAH, SUB4));
        assertThat(pr.baris().getFirst().rincian()).contains("Target 2026: 4 → 5")
                .contains("Pagu indikatif 2026: tetap Rp 900.000 (diisi unit; Renstra Rp 1.000.000 → Rp 1.200.000)");
        assertThat(baris(perubahanRenja)).hasSize(3);

        ambil.ambil(perubahanRenja);

        assertThat(baris(perubahanRenja)).extracting(BarisRenja::kode, BarisRenja::unitKerjaId, BarisRenja::target,
                BarisRenja::pagu).containsExactly(
                tuple(SUB1, k.unit().get(0), new BigDecimal("5.0000"), 900_000L),
                tuple(SUB2, k.unit().get(1), new BigDecimal("4.0000"), 1_500_000L),
                tuple(SUB4, k.unit().get(0), new BigDecimal("2.0000"), 500_000L));
        assertThat(renstraId(perubahanRenja)).isEqualTo(versi.get(1).id());
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM renja_baris b JOIN nomenklatur n ON n.id = b.nomenklatur_id"
                + " WHERE b.renja_id = ? AND n.renstra_id = ?", Long.class, perubahanRenja, versi.get(1).id())).isEqualTo(3L);
        assertThat(ambil.tersedia(perubahanRenja)).isEmpty();
        assertThat(renja.baca().timeline(perubahanRenja)).anyMatch(x -> "AMBIL_PERUBAHAN_RENSTRA".equals(x.aksi()));
        // the ditetapkan Renja still points at the original version, rows and all
        assertThat(renstraId(k.renjaId())).isEqualTo(asli.renstra().id());
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM renja_baris b JOIN nomenklatur n ON n.id = b.nomenklatur_id"
                + " WHERE b.renja_id = ? AND n.renstra_id = ?", Long.class, k.renjaId(), asli.renstra().id())).isEqualTo(3L);
        assertThatThrownBy(() -> ambil.ambil(perubahanRenja)).isInstanceOf(AturanDilanggarException.class)
                .hasMessageStartingWith("Renja ini sudah memakai versi Renstra yang berlaku");
        // the evaluation reads the Renstra in force by code; a sub kegiatan it dropped keeps its kegiatan from the
        // version the ditetapkan Renja was built on
        assertThat(pk.perjanjianKinerja(k.renjaId(), k.unit().get(2)).baris())
                .extracting(EvaluasiData.BarisPk::kegiatan, EvaluasiData.BarisPk::kode).containsExactly(tuple("Kegiatan", SUB3));
        assertThat(pk.perjanjianKinerja(k.renjaId(), k.unit().get(0)).baris())
                .extracting(EvaluasiData.BarisPk::kegiatan, EvaluasiData.BarisPk::kode).containsExactly(tuple("Kegiatan", SUB1));

        // a second perubahan is ke-2, compared with ke-1
        JsonNode kedua = berkas(sub(SUB1, 0, 6, 1_200_000L), sub(SUB2, 1, 4, 1_500_000L), sub(SUB4, 0, 2, 500_000L));
        PratinjauImpor p2 = impor.pratinjauJson(k.kecamatanId(), kedua);
        assertThat(p2.perubahanKe()).isEqualTo(2);
        assertThat(p2.perubahan()).extracting(PerubahanBaris::jenis, PerubahanBaris::kode)
                .containsExactly(tuple(PratinjauImpor.Jenis.DIUBAH, SUB1));
        impor.terapkanJson(k.kecamatanId(), kedua, p2.sidik(), "Perbup Nomor 20 Tahun 2026");
        assertThat(renstra.versi(asli.renstra().id())).extracting(RenstraRingkas::perubahanKe, RenstraRingkas::berlaku)
                .containsExactly(tuple(0, false), tuple(1, false), tuple(2, true));
        assertThat(ambil.tersedia(perubahanRenja).orElseThrow().perubahanKeLama()).isEqualTo(1);
        // a Renja opened now is built on the version in force
        long renja2027 = renja.pembukaan().buka(k.kecamatanId(), 2027, RenjaUji.batasDari(java.time.LocalDate.now())).id();
        assertThat(renstraId(renja2027)).isEqualTo(renstra.terbaru(k.kecamatanId()).orElseThrow().renstra().id());
        assertThat(baris(renja2027)).extracting(BarisRenja::kode).containsExactly(SUB1, SUB2, SUB4);
        assertThat(ambil.tersedia(renja2027)).isEmpty();

        // the kabupaten's dashboard reads the indicators the same way: the version in force first, then a sub
        // kegiatan it dropped (SUB3, still in the ditetapkan Renja) from an older version, with its kegiatan
        Masuk.sebagai(users, "admin");
        long kabupatenId = organisasi.kecamatan(k.kecamatanId()).kabupatenId();
        List<IndikatorSubKegiatan> indikator = renstra.indikatorKabupaten(kabupatenId, 2026).stream()
                .filter(i -> i.kecamatanId() == k.kecamatanId()).toList();
        assertThat(indikator.subList(0, 3)).extracting(IndikatorSubKegiatan::kode).containsExactlyInAnyOrder(SUB1, SUB2, SUB4);
        assertThat(indikator.stream().filter(i -> i.kode().equals(SUB3)).findFirst().orElseThrow().kegiatanNama())
                .isEqualTo("Kegiatan");
    }

    @Test
    void aPreviewOfAReplacementIsNotAppliedAsAPerubahanUnseen() {
        PenyiapPerubahan.Kecamatan k = penyiap.renjaDitetapkan(1);
        Masuk.sebagai(users, k.sekcam());
        JsonNode berkas = berkas(sub(SUB1, 0, 5, 1_200_000L));
        PratinjauImpor p = impor.pratinjauJson(k.kecamatanId(), berkas);
        String sidikTanpaPerubahan = p.sidik().substring(p.sidik().indexOf('-') + 1);
        assertThatThrownBy(() -> impor.terapkanJson(k.kecamatanId(), berkas, sidikTanpaPerubahan, "Perbup"))
                .isInstanceOf(AturanDilanggarException.class).hasMessageStartingWith("Renstra telah diubah orang lain");
        assertThat(renstra.daftar(k.kecamatanId())).extracting(RenstraRingkas::perubahanKe).containsExactly(0);
    }

    private List<BarisRenja> baris(long renjaId) {
        return renja.baca().baris(renjaId);
    }

    private Long renstraId(long renjaId) {
        return jdbc.queryForObject("SELECT renstra_id FROM renja WHERE id = ?", Long.class, renjaId);
    }

    private static String sub(String kode, int unit, int target, long pagu) {
        return "{\"kode\": \"%s\", \"nama\": \"Sub %d\", \"unit\": \"U%d\", \"satuan\": \"Laporan\", \"target\": {\"2026\": %d}, \"pagu\": {\"2026\": %d}}"
                .formatted(kode, Integer.parseInt(kode.substring(kode.length() - 1)) - 1, unit, target, pagu);
    }

    /** KecamatanUji's Renstra 2025–2029 with these sub kegiatan. */
    private JsonNode berkas(String... sub) {
        return json.readTree("{\"tahunAwal\": 2025, \"tahunAkhir\": 2029, \"nomenklatur\": [{\"kode\": \"7.01.02\","
                + " \"nama\": \"Program\"}, {\"kode\": \"7.01.02.2.04\", \"nama\": \"Kegiatan\"}, " + String.join(", ", sub) + "]}");
    }
}
