package id.sipeka.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Calendar;
import java.util.Date;
import org.junit.jupiter.api.Test;

/**
 * One clock for the whole app, in the deployment's zone: a kabupaten in WIB (Asia/Jakarta) and one in WIT
 * (Asia/Jayapura) see different dates for the same moment, and Flowable's engine clock is that same clock.
 */
class JamSipekaTest {

    /** 31 March 2026, 23.30 WIB = 1 April 2026, 01.30 WIT: the first quarter has ended in Papua, not yet in Jakarta. */
    private static final Instant MALAM = Instant.parse("2026-03-31T16:30:00Z");
    private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");
    private static final ZoneId WIT = ZoneId.of("Asia/Jayapura");

    @Test
    void aKabupatenInWibAndOneInWitSeeTheirOwnDateForTheSameMoment() {
        JamSipeka jakarta = new JamSipeka(WIB);
        JamSipeka jayapura = new JamSipeka(WIT);
        new JamFlowable(jakarta).setCurrentTime(Date.from(MALAM));
        new JamFlowable(jayapura).setCurrentTime(Date.from(MALAM));

        assertThat(jakarta.hariIni()).isEqualTo(LocalDate.of(2026, 3, 31));
        assertThat(jayapura.hariIni()).isEqualTo(LocalDate.of(2026, 4, 1));
        assertThat(FormatIndonesia.waktu(jakarta.instant(), jakarta.getZone())).isEqualTo("31 Maret 2026 23.30");
        assertThat(FormatIndonesia.waktu(jayapura.instant(), jayapura.getZone())).isEqualTo("1 April 2026 01.30");
    }

    @Test
    void theEngineClockIsTheAppClock() {
        JamSipeka jam = new JamSipeka(WIT);
        JamFlowable mesin = new JamFlowable(jam);

        mesin.setCurrentTime(Date.from(MALAM));
        assertThat(jam.instant()).isEqualTo(MALAM);
        assertThat(mesin.getCurrentTime().toInstant()).isEqualTo(MALAM);
        Calendar kalender = mesin.getCurrentCalendar();
        assertThat(kalender.getTimeZone().getID()).isEqualTo("Asia/Jayapura");
        assertThat(kalender.get(Calendar.DAY_OF_MONTH)).isEqualTo(1);
        assertThat(kalender.get(Calendar.HOUR_OF_DAY)).isEqualTo(1);

        mesin.reset();
        assertThat(jam.tetap()).isFalse();
        assertThat(jam.instant()).isAfter(MALAM);
    }

    @Test
    void aViewInAnotherZoneSharesTheFixedMoment() {
        JamSipeka jam = new JamSipeka(WIB);
        var utc = jam.withZone(ZoneId.of("UTC"));
        new JamFlowable(jam).setCurrentTime(Date.from(MALAM));

        assertThat(utc.instant()).isEqualTo(MALAM);
        assertThat(jam.withZone(WIB)).isSameAs(jam);
    }
}
