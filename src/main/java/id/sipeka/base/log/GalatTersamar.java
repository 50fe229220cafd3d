package id.sipeka.base.log;

import ch.qos.logback.classic.spi.IThrowableProxy;
import id.sipeka.base.Penyamar;
import org.springframework.boot.logging.logback.ExtendedWhitespaceThrowableProxyConverter;

/**
 * The stack trace of a log line ({@code %wEx}) with secrets hidden: a driver's exception message may repeat the URL
 * it was given, password and all.
 */
public class GalatTersamar extends ExtendedWhitespaceThrowableProxyConverter {

    @Override
    protected String throwableProxyToString(IThrowableProxy tp) {
        return Penyamar.samarkan(super.throwableProxyToString(tp));
    }
}
