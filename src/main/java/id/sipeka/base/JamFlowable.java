package id.sipeka.base;

import java.util.Calendar;
import java.util.Date;
import java.util.GregorianCalendar;
import java.util.TimeZone;
import org.flowable.common.engine.impl.runtime.Clock;

/**
 * Flowable's engine clock, reading SIPEKA's {@link JamSipeka}: timers, due dates and the engine's "now" are the
 * app's "now" in the app's zone. Setting the engine clock (as process tests do) fixes SIPEKA's clock too.
 */
final class JamFlowable implements Clock {

    private final JamSipeka jam;

    JamFlowable(JamSipeka jam) {
        this.jam = jam;
    }

    @Override
    public void setCurrentTime(Date currentTime) {
        if (currentTime == null) {
            jam.lepas();
        } else {
            jam.tetapkan(currentTime.toInstant());
        }
    }

    @Override
    public void setCurrentCalendar(Calendar currentTime) {
        setCurrentTime(currentTime == null ? null : currentTime.getTime());
    }

    @Override
    public void reset() {
        jam.lepas();
    }

    @Override
    public Date getCurrentTime() {
        return Date.from(jam.instant());
    }

    @Override
    public Calendar getCurrentCalendar() {
        return getCurrentCalendar(getCurrentTimeZone());
    }

    @Override
    public Calendar getCurrentCalendar(TimeZone timeZone) {
        Calendar kalender = new GregorianCalendar(timeZone);
        kalender.setTime(getCurrentTime());
        return kalender;
    }

    @Override
    public TimeZone getCurrentTimeZone() {
        return TimeZone.getTimeZone(jam.getZone());
    }
}
