package id.sipeka.base.log;

import ch.qos.logback.classic.pattern.MessageConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;
import id.sipeka.base.Penyamar;

/** The log message ({@code %m}) with its secrets hidden (logback-spring.xml puts it in place of logback's own). */
public class PesanTersamar extends MessageConverter {

    @Override
    public String convert(ILoggingEvent event) {
        return Penyamar.samarkan(super.convert(event));
    }
}
