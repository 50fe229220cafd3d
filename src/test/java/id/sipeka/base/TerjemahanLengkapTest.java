package id.sipeka.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every text a user reads comes from the translation bundle; a key the code asks for and the bundle lacks shows up
 * on screen as "!id: key" (Vaadin) or "!key" ({@link Pesan}). This reads the sources rather than starting views, so
 * it also covers branches no other test reaches. Keys built at run time (a variable as the first argument) are not
 * seen here; the code writes keys out literally so that they are.
 */
class TerjemahanLengkapTest {

    private static final Path SUMBER = Path.of("src/main/java");
    private static final Path BUNDEL = Path.of("src/main/resources/vaadin-i18n/translations.properties");
    /**
     * {@code getTranslation("key"…)} on a component or the UI and {@code Pesan.get("key"…)}, also across a line break. A
     * literal followed by {@code +} is the start of a key built at run time ({@code "peran." + peran.name()}).
     */
    private static final Pattern KUNCI =
            Pattern.compile("(?:\\bgetTranslation|\\bPesan\\.get)\\(\\s*\"([^\"\\\\]+)\"\\s*([,)+])");

    @Test
    void everyKeyTheCodeAsksForIsInTheBundle() throws IOException {
        Properties bundel = new Properties();
        try (Reader r = Files.newBufferedReader(BUNDEL, StandardCharsets.UTF_8)) {
            bundel.load(r);
        }
        Set<String> diminta = new TreeSet<>();
        Set<String> hilang = new TreeSet<>();
        try (Stream<Path> berkas = Files.walk(SUMBER)) {
            for (Path p : berkas.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = KUNCI.matcher(Files.readString(p, StandardCharsets.UTF_8));
                while (m.find()) {
                    String kunci = m.group(1);
                    boolean awalan = m.group(2).equals("+");
                    diminta.add(kunci);
                    // of a built key only the family it names can be checked here: its members depend on run-time values
                    boolean ada = awalan ? bundel.stringPropertyNames().stream().anyMatch(k -> k.startsWith(kunci))
                            : bundel.containsKey(kunci);
                    if (!ada) {
                        hilang.add(kunci + (awalan ? "…" : "") + "  (" + SUMBER.relativize(p) + ")");
                    }
                }
            }
        }
        // guards the scan itself: a pattern that matched nothing would pass vacuously
        assertThat(diminta).contains("renstra.judul", "evaluasiView.judul", "evaluasi.negatif");
        assertThat(hilang).as("keys asked for in src/main/java but missing from %s", BUNDEL).isEmpty();
    }

    /** Keys built from an enum's name ("statusBagian." + name) name each value, so each value needs its label. */
    @Test
    void everyStateAndChoiceAScreenShowsByNameHasItsLabel() throws IOException {
        Properties bundel = new Properties();
        try (Reader r = Files.newBufferedReader(BUNDEL, StandardCharsets.UTF_8)) {
            bundel.load(r);
        }
        Set<String> hilang = new TreeSet<>();
        for (var keluarga : java.util.Map.of("statusBagian.", id.sipeka.base.StatusPersetujuan.values(),
                "keputusanUsulan.", id.sipeka.renja.KeputusanUsulan.values(), "sumberUsulan.", id.sipeka.renja.SumberUsulan.values(),
                "peran.", id.sipeka.security.Peran.values()).entrySet()) {
            for (Enum<?> nilai : keluarga.getValue()) {
                if (!bundel.containsKey(keluarga.getKey() + nilai.name())) {
                    hilang.add(keluarga.getKey() + nilai.name());
                }
            }
        }
        assertThat(hilang).isEmpty();
    }
}
