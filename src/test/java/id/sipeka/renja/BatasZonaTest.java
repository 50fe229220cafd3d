package id.sipeka.renja;

import static org.assertj.core.api.Assertions.assertThat;

import id.sipeka.kalender.HariKerja;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A Renja's reminders and escalations fire at 08.00 and 00.00 of the kabupaten's own zone, WIB or WIT. */
class BatasZonaTest {

    private static final HariKerja TANPA_LIBUR = new HariKerja(List.of());
    private static final Batas BATAS = new Batas(LocalDate.of(2026, 7, 10), LocalDate.of(2026, 7, 20),
            LocalDate.of(2026, 8, 10), LocalDate.of(2026, 8, 31));

    @Test
    void remindersAndEscalationsFollowTheConfiguredZone() {
        var wib = BATAS.variabelProses(ZoneId.of("Asia/Jakarta"), TANPA_LIBUR);
        var wit = BATAS.variabelProses(ZoneId.of("Asia/Jayapura"), TANPA_LIBUR);

        assertThat(wib.get("pengingatIsi")).isEqualTo("2026-07-08T08:00:00+07:00");
        assertThat(wit.get("pengingatIsi")).isEqualTo("2026-07-08T08:00:00+09:00");
        assertThat(wib.get("batasIsi")).isEqualTo("2026-07-11T00:00:00+07:00");
        // the same wall-clock moment is two hours earlier in Papua
        assertThat(OffsetDateTime.parse((String) wib.get("batasIsi")).toInstant())
                .isEqualTo(OffsetDateTime.parse((String) wit.get("batasIsi")).toInstant().plusSeconds(2 * 3600));
    }

    @Test
    void theReminderTwoWorkingDaysBeforeADeadlineRightAfterLebaranComesBeforeTheHolidays() {
        // 18–24 March 2026: Nyepi, Idul Fitri and their cuti bersama (SKB 3 Menteri No. 1497, 2, 5 Tahun 2025)
        HariKerja lebaran = new HariKerja(List.of(LocalDate.of(2026, 3, 18), LocalDate.of(2026, 3, 19),
                LocalDate.of(2026, 3, 20), LocalDate.of(2026, 3, 21), LocalDate.of(2026, 3, 22), LocalDate.of(2026, 3, 23),
                LocalDate.of(2026, 3, 24)));
        Batas batas = new Batas(LocalDate.of(2026, 3, 25), LocalDate.of(2026, 3, 31), LocalDate.of(2026, 4, 10),
                LocalDate.of(2026, 4, 20));
        var v = batas.variabelProses(ZoneId.of("Asia/Makassar"), lebaran);
        assertThat(v.get("pengingatIsi")).isEqualTo("2026-03-16T08:00:00+08:00");
        assertThat(v.get("batasIsi")).isEqualTo("2026-03-26T00:00:00+08:00");
    }
}
