package id.sipeka.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class PenggunaSipekaTest {

    private static final LocalDate MULAI = LocalDate.of(2025, 3, 3);
    private static final LocalDate SELESAI = LocalDate.of(2025, 3, 14);

    private final PenggunaSipeka kasiPltCamat = new PenggunaSipeka(1, "kasi", "x", true, false, Peran.KEPALA_UNIT, 1L,
            "Kasi", "Kepala Seksi Pemerintahan Umum", 1L, "Kalaena", 1L, 5L, "Seksi Pemerintahan Umum",
            List.of(new Penugasan("Plt.", Peran.CAMAT, null, "Camat Kalaena", MULAI, SELESAI),
                    new Penugasan("Plh.", Peran.KEPALA_UNIT, 7L, "Kepala Seksi Pelayanan Umum", MULAI, SELESAI)),
            MULAI);

    @Test
    void actingRightsHoldOnlyInsideTheirPeriodIncludingBothEnds() {
        assertThat(kasiPltCamat.punyaPeran(Peran.CAMAT, MULAI)).isTrue();
        assertThat(kasiPltCamat.punyaPeran(Peran.CAMAT, SELESAI)).isTrue();
        assertThat(kasiPltCamat.punyaPeran(Peran.CAMAT, MULAI.minusDays(1))).isFalse();
        assertThat(kasiPltCamat.punyaPeran(Peran.CAMAT, SELESAI.plusDays(1))).isFalse();
    }

    @Test
    void anActingUnitHeadHeadsThatUnitOnlyInsideThePeriod() {
        assertThat(kasiPltCamat.kepalaUnit(7, MULAI.plusDays(2))).isTrue();
        assertThat(kasiPltCamat.kepalaUnit(7, SELESAI.plusDays(1))).isFalse();
        assertThat(kasiPltCamat.kepalaUnit(5, SELESAI.plusDays(1))).isTrue();
    }

    @Test
    void signsWithThePltPrefixWhileActing() {
        assertThat(kasiPltCamat.jabatanPada(MULAI)).isEqualTo("Plt. Camat Kalaena");
        assertThat(kasiPltCamat.jabatanPada(SELESAI.plusDays(1))).isEqualTo("Kepala Seksi Pemerintahan Umum");
    }

    @Test
    void viewAuthoritiesIncludeActingRolesValidOnTheDayOfLogin() {
        assertThat(kasiPltCamat.getAuthorities()).extracting(Object::toString)
                .containsExactlyInAnyOrder("ROLE_KEPALA_UNIT", "ROLE_CAMAT");
    }
}
