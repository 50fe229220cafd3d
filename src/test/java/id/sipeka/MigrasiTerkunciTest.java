package id.sipeka;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A landed migration is never edited: databases that applied it keep its old text, and Flyway refuses to start
 * when the checksum differs (or, worse, a fresh database gets a different schema from an old one). The SHA-256 of
 * every migration is committed beside them in {@code SHA256SUMS}; a change to a listed file fails here. A new
 * migration is added to that list in the commit that adds it, with the next version number (V63, V64, …): Flyway
 * runs in order, never out of order.
 */
class MigrasiTerkunciTest {

    private static final Path MIGRASI = Path.of("src/main/resources/db/migration");
    private static final Pattern NAMA = Pattern.compile("V(\\d+)__[a-z0-9_]+\\.sql");
    /**
     * The era when modules took version ranges (V1–V9, V50, V60, V61) ends here (V62 was never used); from the event
     * publication registry (V63) on: +1.
     */
    private static final int TERAKHIR_BERJARAK = 62;

    @Test
    void everyMigrationHasTheChecksumCommittedBesideIt() throws IOException {
        Map<String, String> tercatat = Files.readAllLines(MIGRASI.resolve("SHA256SUMS")).stream()
                .filter(l -> !l.isBlank())
                .map(l -> l.split("\\s+", 2))
                .collect(Collectors.toMap(b -> b[1].strip(), b -> b[0], (a, b) -> a, TreeMap::new));
        Map<String, String> sekarang = new TreeMap<>();
        for (Path berkas : migrasi()) {
            sekarang.put(berkas.getFileName().toString(), sha256(berkas));
        }
        assertThat(sekarang.keySet()).as("every migration is listed in SHA256SUMS, and every listed one still exists")
                .containsExactlyInAnyOrderElementsOf(tercatat.keySet());
        sekarang.forEach((nama, hash) -> assertThat(hash)
                .as("%s was changed after it landed: add a new migration instead", nama).isEqualTo(tercatat.get(nama)));
    }

    @Test
    void newMigrationsTakeTheNextVersionInOrder() throws IOException {
        List<Integer> baru = migrasi().stream().map(p -> {
            Matcher m = NAMA.matcher(p.getFileName().toString());
            assertThat(m.matches()).as("name %s follows V<n>__<verb>_<object>.sql", p.getFileName()).isTrue();
            return Integer.parseInt(m.group(1));
        }).filter(v -> v > TERAKHIR_BERJARAK).sorted().toList();
        for (int i = 0; i < baru.size(); i++) {
            assertThat(baru.get(i)).as("migrations after V%d are numbered one after another", TERAKHIR_BERJARAK)
                    .isEqualTo(TERAKHIR_BERJARAK + 1 + i);
        }
    }

    @Test
    void flywayRunsInOrder() throws IOException {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(Path.of("src/main/resources/application.properties"), StandardCharsets.UTF_8)) {
            p.load(r);
        }
        assertThat(p.getProperty("spring.flyway.out-of-order", "false")).isEqualTo("false");
    }

    private static List<Path> migrasi() throws IOException {
        try (Stream<Path> s = Files.list(MIGRASI)) {
            return s.filter(f -> f.getFileName().toString().endsWith(".sql")).sorted().toList();
        }
    }

    private static String sha256(Path berkas) throws IOException {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(berkas)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
