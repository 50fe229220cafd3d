package id.sipeka.base;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Says at start-up which database is in use, so nobody mistakes the embedded demo for the real one. The URL may carry
 * the password ({@code ?password=…}): it is printed without it.
 */
@Component
class InfoBasisData {

    private static final Logger log = LoggerFactory.getLogger(InfoBasisData.class);

    private final DataSource dataSource;

    InfoBasisData(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @EventListener(ApplicationReadyEvent.class)
    void catat() {
        try (Connection c = dataSource.getConnection()) {
            DatabaseMetaData meta = c.getMetaData();
            log.info("SIPEKA memakai basis data {} {} di {}", meta.getDatabaseProductName(),
                    meta.getDatabaseProductVersion(), Penyamar.samarkan(meta.getURL()));
        } catch (SQLException e) {
            log.warn("Basis data tidak dapat diperiksa: {}", e.getMessage());
        }
    }
}
