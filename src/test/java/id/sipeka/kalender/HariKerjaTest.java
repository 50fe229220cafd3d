package id.sipeka.kalender;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Working days around Idul Fitri 2026 (SKB 3 Menteri No. 1497, 2, 5 Tahun 2025): 18–24 March are all off. */
class HariKerjaTest {

    /** The days off of March–April 2026 from the SKB. */
    static final List<LocalDate> LIBUR_2026 = List.of(
            LocalDate.of(2026, 3, 18), LocalDate.of(2026, 3, 19), LocalDate.of(2026, 3, 20), LocalDate.of(2026, 3, 21),
            LocalDate.of(2026, 3, 22), LocalDate.of(2026, 3, 23), LocalDate.of(2026, 3, 24), LocalDate.of(2026, 4, 3),
            LocalDate.of(2026, 4, 5));

    private final HariKerja kalender = new HariKerja(LIBUR_2026);

    @Test
    void theWeekOfIdulFitriHasNoWorkingDay() {
        assertThat(kalender.hariKerja(LocalDate.of(2026, 3, 17))).isTrue();
        for (int d = 18; d <= 24; d++) {
            assertThat(kalender.hariKerja(LocalDate.of(2026, 3, d))).as("%d Maret 2026", d).isFalse();
        }
        assertThat(kalender.hariKerja(LocalDate.of(2026, 3, 25))).isTrue();
    }

    @Test
    void aReminderTwoWorkingDaysBeforeADeadlineAfterLebaranComesBeforeTheHolidays() {
        assertThat(kalender.mundur(LocalDate.of(2026, 3, 25), 2)).isEqualTo(LocalDate.of(2026, 3, 16));
        // counting calendar days it would land on 23 March, a cuti bersama day
        assertThat(new HariKerja(Set.of()).mundur(LocalDate.of(2026, 3, 25), 2)).isEqualTo(LocalDate.of(2026, 3, 23));
    }

    @Test
    void theNextWorkingDayAfterTheEveOfTheHolidaysIsTheDayAfterThem() {
        assertThat(kalender.tambah(LocalDate.of(2026, 3, 17), 1)).isEqualTo(LocalDate.of(2026, 3, 25));
        assertThat(kalender.palingAwal(LocalDate.of(2026, 3, 21))).isEqualTo(LocalDate.of(2026, 3, 25));
        assertThat(kalender.palingAwal(LocalDate.of(2026, 3, 25))).isEqualTo(LocalDate.of(2026, 3, 25));
    }

    @Test
    void tenWorkingDaysAfterTheFirstQuarterSkipGoodFriday() {
        // 1, 2, (3 Wafat Yesus Kristus), 6, 7, 8, 9, 10, 13, 14, 15 April
        assertThat(kalender.tambah(LocalDate.of(2026, 3, 31), 10)).isEqualTo(LocalDate.of(2026, 4, 15));
        assertThat(kalender.antara(LocalDate.of(2026, 3, 31), LocalDate.of(2026, 4, 15))).isEqualTo(10);
        assertThat(kalender.antara(LocalDate.of(2026, 3, 13), LocalDate.of(2026, 3, 27))).isEqualTo(5);
    }

    @Test
    void countingZeroOrNegativeWorkingDaysIsAProgrammingError() {
        assertThatThrownBy(() -> kalender.tambah(LocalDate.of(2026, 3, 17), 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
