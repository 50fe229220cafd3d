package id.sipeka.kalender;

import java.time.Clock;
import java.util.Calendar;
import java.util.Date;
import java.util.TimeZone;
import org.flowable.common.engine.impl.calendar.CycleBusinessCalendar;
import org.flowable.common.engine.impl.calendar.DueDateBusinessCalendar;
import org.flowable.common.engine.impl.calendar.DurationBusinessCalendar;
import org.flowable.common.engine.impl.calendar.MapBusinessCalendarManager;
import org.flowable.common.engine.impl.runtime.ClockReader;
import org.flowable.spring.SpringProcessEngineConfiguration;
import org.flowable.spring.boot.EngineConfigurationConfigurer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Adds the working-day calendar to Flowable's business calendars, beside the engine's own three (which it would
 * otherwise create itself, and which keep reading the engine's clock).
 */
@Configuration(proxyBeanMethods = false)
class KalenderFlowableConfig {

    @Bean
    EngineConfigurationConfigurer<SpringProcessEngineConfiguration> kalenderHariKerja(KalenderKerja kalender, Clock clock) {
        return konfigurasi -> {
            // The engine's clock is set by another configurer, possibly after this one: read it when asked.
            ClockReader jamMesin = new JamMesin(konfigurasi);
            MapBusinessCalendarManager kalenderMesin = new MapBusinessCalendarManager();
            kalenderMesin.addBusinessCalendar(DurationBusinessCalendar.NAME, new DurationBusinessCalendar(jamMesin));
            kalenderMesin.addBusinessCalendar(DueDateBusinessCalendar.NAME, new DueDateBusinessCalendar(jamMesin));
            kalenderMesin.addBusinessCalendar(CycleBusinessCalendar.NAME, new CycleBusinessCalendar(jamMesin));
            kalenderMesin.addBusinessCalendar(KalenderFlowable.NAMA, new KalenderFlowable(kalender, clock));
            konfigurasi.setBusinessCalendarManager(kalenderMesin);
        };
    }

    private record JamMesin(SpringProcessEngineConfiguration konfigurasi) implements ClockReader {

        @Override
        public Date getCurrentTime() {
            return konfigurasi.getClock().getCurrentTime();
        }

        @Override
        public Calendar getCurrentCalendar() {
            return konfigurasi.getClock().getCurrentCalendar();
        }

        @Override
        public Calendar getCurrentCalendar(TimeZone timeZone) {
            return konfigurasi.getClock().getCurrentCalendar(timeZone);
        }

        @Override
        public TimeZone getCurrentTimeZone() {
            return konfigurasi.getClock().getCurrentTimeZone();
        }
    }
}
