package id.sipeka.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.flywaydb.core.api.ResourceProvider;
import org.junit.jupiter.api.Test;

/**
 * On H2, Flyway reads every migration from db/migration except the landed V66 (MariaDB dialect), which it reads from
 * db/h2 — and nothing else changes. (That the whole schema then builds on H2 is H2BawaanSmokeTest's.)
 */
class MigrasiH2Test {

    @Test
    void onH2TheLandedMariaDbMigrationIsReadFromDbH2AndEveryOtherAsItIs() throws IOException {
        ResourceProvider penyedia = MigrasiH2.penyedia();
        var semua = penyedia.getResources("V", new String[] {".sql"});
        try (var berkas = Files.list(Path.of("src/main/resources/db/migration"))) {
            assertThat(semua).hasSize((int) berkas.filter(p -> p.toString().endsWith(".sql")).count());
        }
        String v66 = baca(penyedia.getResource("V66__adopt_persetujuan_in_evaluasi.sql").read());
        assertThat(v66).isEqualTo(Files.readString(Path.of("src/main/resources/db/h2/V66__adopt_persetujuan_in_evaluasi.sql")))
                .contains("ALTER TABLE rencana_aksi_unit RENAME COLUMN disetujui_pada TO diputus_pada;")
                .doesNotContain("    CHANGE COLUMN");
        String v63 = baca(penyedia.getResource("V63__create_event_publication.sql").read());
        assertThat(v63).isEqualTo(Files.readString(Path.of("src/main/resources/db/migration/V63__create_event_publication.sql"),
                StandardCharsets.UTF_8));
        assertThat(penyedia.getResources("beforeMigrate", new String[] {".sql"})).isEmpty();
    }

    private static String baca(Reader r) throws IOException {
        try (r) {
            var teks = new java.io.StringWriter();
            r.transferTo(teks);
            return teks.toString();
        }
    }
}
