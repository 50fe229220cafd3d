package id.sipeka.base;

import static org.assertj.core.api.Assertions.assertThat;

import id.sipeka.Application;
import id.sipeka.BasisDataUji;
import id.sipeka.KonteksSendiri;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * SIPEKA started with its database password inside the JDBC URL (as some deployments give it): the log of the
 * whole start-up never shows the password, while the start-up line still says which database is in use.
 */
@KonteksSendiri
@ExtendWith(OutputCaptureExtension.class)
class RahasiaTidakDicatatTest {

    @Test
    void aPasswordInTheDatabaseUrlNeverReachesTheLog(CapturedOutput log) throws Exception {
        String pengguna = "sipeka_log_uji";
        String sandi = "Rahasia-" + UUID.randomUUID().toString().substring(0, 8);
        String server = "jdbc:mariadb://127.0.0.1:" + System.getenv().getOrDefault("SIPEKA_TEST_DB_PORT", "3306") + "/";
        try (Connection c = DriverManager.getConnection(server, System.getProperty("spring.datasource.username"),
                System.getProperty("spring.datasource.password")); Statement s = c.createStatement()) {
            s.execute("CREATE OR REPLACE USER '" + pengguna + "'@'%' IDENTIFIED BY '" + sandi + "'");
            s.execute("GRANT ALL ON " + BasisDataUji.namaBasisData() + ".* TO '" + pengguna + "'@'%'");
        }
        String url = server + BasisDataUji.namaBasisData() + "?user=" + pengguna + "&password=" + sandi
                + "&nullDatabaseMeansCurrent=true";

        // command-line arguments come before the system properties the test database was given in
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(Application.class).run(
                "--spring.datasource.url=" + url, "--spring.datasource.username=" + pengguna,
                "--spring.datasource.password=", "--server.port=0")) {
            assertThat(app.isRunning()).isTrue();
        }

        assertThat(log.getAll()).contains("SIPEKA memakai basis data").contains("password=****")
                .doesNotContain(sandi);
    }
}
