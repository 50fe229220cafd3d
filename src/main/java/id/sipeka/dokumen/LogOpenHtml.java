package id.sipeka.dokumen;

import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.XRLog;
import com.openhtmltopdf.util.XRLogger;
import java.util.logging.Level;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * openhtmltopdf's messages through SLF4J, under the logger names it uses ({@code com.openhtmltopdf.load}, …), so that
 * {@code logging.level.com.openhtmltopdf} applies. Its own default logger writes every render's INFO lines ("Loading
 * font …", "Prepare to fly") to the console in its own format, whatever the application's log levels say.
 */
final class LogOpenHtml implements XRLogger {

    private static final LogOpenHtml SATU = new LogOpenHtml();

    private LogOpenHtml() {
    }

    /** Called before the first render; idempotent. */
    static void pasang() {
        if (XRLog.getLoggerImpl() != SATU) {
            XRLog.setLoggerImpl(SATU);
        }
    }

    @Override
    public void log(String where, Level level, String msg) {
        log(where, level, msg, null);
    }

    @Override
    public void log(String where, Level level, String msg, Throwable th) {
        Logger log = LoggerFactory.getLogger(where);
        int nilai = level.intValue();
        if (nilai >= Level.SEVERE.intValue()) {
            log.error(msg, th);
        } else if (nilai >= Level.WARNING.intValue()) {
            log.warn(msg, th);
        } else if (nilai >= Level.INFO.intValue()) {
            log.info(msg, th);
        } else if (nilai >= Level.FINE.intValue()) {
            log.debug(msg, th);
        } else {
            log.trace(msg, th);
        }
    }

    @Override
    public void setLevel(String logger, Level level) {
        // levels come from the application's logging configuration
    }

    @Override
    public boolean isLogLevelEnabled(Diagnostic diagnostic) {
        Logger log = LoggerFactory.getLogger(diagnostic.getLogMessageId().getWhere());
        int nilai = diagnostic.getLevel().intValue();
        return nilai >= Level.SEVERE.intValue() ? log.isErrorEnabled()
                : nilai >= Level.WARNING.intValue() ? log.isWarnEnabled()
                : nilai >= Level.INFO.intValue() ? log.isInfoEnabled()
                : nilai >= Level.FINE.intValue() ? log.isDebugEnabled() : log.isTraceEnabled();
    }
}
