package id.sipeka;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Gives every test run its own, freshly created MariaDB database and drops it afterwards, so runs never see each
 * other's data. Server and credentials: SIPEKA_TEST_DB_HOST (127.0.0.1), SIPEKA_TEST_DB_PORT (3306),
 * SIPEKA_TEST_DB_USER (root), SIPEKA_TEST_DB_PASSWORD (empty). SIPEKA_TEST_DB_KEEP=true keeps the database;
 * SIPEKA_TEST_DB_NAMA runs on an existing database instead (kept, never dropped). Registered through META-INF/services.
 */
public class BasisDataUji implements LauncherSessionListener {

    private static String nama;
    private static String server;
    private static boolean dipakaiUlang;

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        if (nama != null) {
            return;
        }
        server = "jdbc:mariadb://" + env("SIPEKA_TEST_DB_HOST", "127.0.0.1") + ":" + env("SIPEKA_TEST_DB_PORT", "3306") + "/";
        String ada = System.getenv("SIPEKA_TEST_DB_NAMA");
        if (ada != null && !ada.isBlank()) {
            // a database kept from an earlier run (a benchmark's generated data), used as it is and kept again
            nama = ada;
            dipakaiUlang = true;
        } else {
            nama = "sipeka_uji_" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd_HHmmss")) + "_"
                    + ProcessHandle.current().pid();
            jalankan("CREATE DATABASE " + nama + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        }
        // Metadata lookups (Flowable asks whether its tables exist) must look at this database only, not at other
        // test databases on the same server.
        System.setProperty("spring.datasource.url", server + nama + "?nullDatabaseMeansCurrent=true");
        System.setProperty("spring.datasource.username", env("SIPEKA_TEST_DB_USER", "root"));
        System.setProperty("spring.datasource.password", env("SIPEKA_TEST_DB_PASSWORD", ""));
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        if (nama != null && !dipakaiUlang && !"true".equals(System.getenv("SIPEKA_TEST_DB_KEEP"))) {
            jalankan("DROP DATABASE IF EXISTS " + nama);
        }
    }

    public static String namaBasisData() {
        return nama;
    }

    private static void jalankan(String sql) {
        try (Connection c = DriverManager.getConnection(server, env("SIPEKA_TEST_DB_USER", "root"),
                env("SIPEKA_TEST_DB_PASSWORD", "")); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("MariaDB untuk pengujian tidak dapat dipakai di " + server
                    + " (jalankan MariaDB atau setel SIPEKA_TEST_DB_*): " + e.getMessage(), e);
        }
    }

    private static String env(String nama, String bawaan) {
        String v = System.getenv(nama);
        return v == null || v.isBlank() ? bawaan : v;
    }
}
