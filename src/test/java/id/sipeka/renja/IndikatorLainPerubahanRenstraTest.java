package id.sipeka.renja;

import static org.assertj.core.api.Assertions.assertThat;

import id.sipeka.Masuk;
import id.sipeka.renja.PerubahanRenstraRenja.BarisBerubah;
import id.sipeka.renja.RenjaData.BarisRenja;
import id.sipeka.renja.RenjaData.IndikatorLainRenja;
import id.sipeka.renja.RenjaData.UbahIndikatorLain;
import id.sipeka.renstra.ImporRenstraService;
import id.sipeka.renstra.PratinjauImpor;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.userdetails.UserDetailsService;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Taking a Renstra Perubahan over into an open Renja (issue 13): further indicators the Renstra adds reach the rows; a
 * changed target follows the Renstra unless the unit changed it, and a dropped indicator is removed.
 */
@SpringBootTest
class IndikatorLainPerubahanRenstraTest {

    private static final String SUB1 = "7.01.02.2.04.0001"; // unit U0
    private static final String SUB2 = "7.01.02.2.04.0002"; // unit U1

    @Autowired
    PenyiapPerubahan penyiap;
    @Autowired
    ImporRenstraService impor;
    @Autowired
    AmbilPerubahanRenstraService ambil;
    @Autowired
    LayananRenja renja;
    @Autowired
    UserDetailsService users;
    @Autowired
    ObjectMapper json;

    @AfterEach
    void keluar() {
        Masuk.keluar();
    }

    @Test
    void furtherIndicatorsOfARenstraPerubahanReachTheOpenRenjaAndWhatTheUnitTypedStays() {
        PenyiapPerubahan.Kecamatan k = penyiap.renjaDitetapkan(2);
        long perubahan = penyiap.bukaPerubahan(k, Set.of(k.unit().get(0)));
        Masuk.sebagai(users, k.sekcam());
        terapkan(k, "Perbup 1", sub(SUB1, 0, 10, 11), sub(SUB2, 1, 20, 21));

        ambil.ambil(perubahan);

        assertThat(lain(perubahan, SUB1)).singleElement().satisfies(i -> {
            assertThat(i.urutan()).isEqualTo(2);
            assertThat(i.indikator()).isEqualTo("Jumlah desa " + SUB1);
            assertThat(i.satuan()).isEqualTo("Desa");
            assertThat(i.target()).isEqualByComparingTo("10");
            assertThat(i.targetMaju()).isEqualByComparingTo("11");
        });
        assertThat(lain(perubahan, SUB2).getFirst().target()).isEqualByComparingTo("20");

        // the unit of SUB1 types its own target; then the Renstra changes both
        Masuk.sebagai(users, k.kepala().get(0));
        BarisRenja b = renja.baca().barisUnit(perubahan, k.unit().get(0)).getFirst();
        renja.pengisian().simpanBaris(IndikatorLainBarisRenjaTest.ubah(b,
                new UbahIndikatorLain(2, "Jumlah desa " + SUB1, new BigDecimal("15"), new BigDecimal("11"))));
        Masuk.sebagai(users, k.sekcam());
        terapkan(k, "Perbup 2", sub(SUB1, 0, 12, 11), "{\"kode\": \"" + SUB2 + "\", \"nama\": \"Sub 1\", \"unit\": \"U1\","
                + " \"satuan\": \"Laporan\", \"target\": {\"2026\": 4}, \"pagu\": {\"2026\": 1000000}}");

        List<BarisBerubah> pratinjau = ambil.pratinjau(perubahan).baris();
        assertThat(pratinjau.stream().filter(x -> x.kode().equals(SUB1)).findFirst().orElseThrow().rincian())
                .contains("Indikator ke-2 – Target 2026: tetap 15 (diisi unit");
        assertThat(pratinjau.stream().filter(x -> x.kode().equals(SUB2)).findFirst().orElseThrow().rincian())
                .contains("Indikator ke-2 dihapus: Jumlah desa " + SUB2);

        ambil.ambil(perubahan);

        assertThat(lain(perubahan, SUB1).getFirst().target()).as("typed by the unit").isEqualByComparingTo("15");
        assertThat(lain(perubahan, SUB2)).as("dropped by the Renstra").isEmpty();
    }

    private List<IndikatorLainRenja> lain(long renjaId, String kode) {
        return renja.baca().baris(renjaId).stream().filter(x -> x.kode().equals(kode)).findFirst().orElseThrow()
                .indikatorLain();
    }

    private void terapkan(PenyiapPerubahan.Kecamatan k, String dasar, String... sub) {
        JsonNode berkas = json.readTree("{\"tahunAwal\": 2025, \"tahunAkhir\": 2029, \"nomenklatur\": [{\"kode\": \"7.01.02\","
                + " \"nama\": \"Program\"}, {\"kode\": \"7.01.02.2.04\", \"nama\": \"Kegiatan\"}, " + String.join(", ", sub) + "]}");
        PratinjauImpor p = impor.pratinjauJson(k.kecamatanId(), berkas);
        impor.terapkanJson(k.kecamatanId(), berkas, p.sidik(), dasar);
    }

    /** A sub kegiatan of KecamatanUji's Renstra (target 4, Rp 1.000.000 in 2026) with a 2nd indicator. */
    private static String sub(String kode, int unit, int target2026, int target2027) {
        return ("{\"kode\": \"%s\", \"nama\": \"Sub %d\", \"unit\": \"U%d\", \"satuan\": \"Laporan\", \"target\": {\"2026\": 4},"
                + " \"pagu\": {\"2026\": 1000000}, \"indikatorLain\": [{\"indikator\": \"Jumlah desa %s\", \"satuan\": \"Desa\","
                + " \"target\": {\"2026\": %d, \"2027\": %d}}]}")
                .formatted(kode, unit, unit, kode, target2026, target2027);
    }
}
