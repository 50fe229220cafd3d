package id.sipeka.renja;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** A Renja's reminders and escalations fire at 08.00 and 00.00 of the kabupaten's own zone, WIB or WIT. */
class BatasZonaTest {

    private static final Batas BATAS = new Batas(LocalDate.of(2026, 7, 10), LocalDate.of(2026, 7, 20),
            LocalDate.of(2026, 8, 10), LocalDate.of(2026, 8, 31));

    @Test
    void remindersAndEscalationsFollowTheConfiguredZone() {
        var wib = BATAS.variabelProses(ZoneId.of("Asia/Jakarta"));
        var wit = BATAS.variabelProses(ZoneId.of("Asia/Jayapura"));

        assertThat(wib.get("pengingatIsi")).isEqualTo("2026-07-08T08:00:00+07:00");
        assertThat(wit.get("pengingatIsi")).isEqualTo("2026-07-08T08:00:00+09:00");
        assertThat(wib.get("batasIsi")).isEqualTo("2026-07-11T00:00:00+07:00");
        // the same wall-clock moment is two hours earlier in Papua
        assertThat(OffsetDateTime.parse((String) wib.get("batasIsi")).toInstant())
                .isEqualTo(OffsetDateTime.parse((String) wit.get("batasIsi")).toInstant().plusSeconds(2 * 3600));
    }
}
