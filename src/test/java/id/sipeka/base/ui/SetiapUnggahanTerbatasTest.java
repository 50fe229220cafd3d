package id.sipeka.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every upload of the application goes through {@link UnggahanTerbatas}: a new screen with its own
 * {@code UploadHandler.inMemory(…)} (which holds the whole request before anyone sees its size) fails here. Reads the
 * sources, so it also covers screens no other test opens.
 */
class SetiapUnggahanTerbatasTest {

    private static final Path SUMBER = Path.of("src/main/java");
    /** Vaadin's own handlers and hand-written ones: none of them limits what it reads. */
    private static final Pattern PENANGAN_LAIN = Pattern.compile(
            "UploadHandler\\s*\\.\\s*(inMemory|toFile|toTempFile)\\b|implements\\s+UploadHandler|new\\s+(InMemory|File|TemporaryFile)UploadHandler\\b");
    private static final Pattern UPLOAD_BARU = Pattern.compile("new\\s+Upload\\s*\\(");

    @Test
    void everyUploadComponentIsGivenTheBoundedHandler() throws IOException {
        List<String> penanganLain = new ArrayList<>();
        List<String> tanpaBatas = new ArrayList<>();
        int upload = 0;
        try (Stream<Path> berkas = Files.walk(SUMBER)) {
            for (Path p : berkas.filter(f -> f.toString().endsWith(".java")).toList()) {
                String isi = Files.readString(p, StandardCharsets.UTF_8);
                if (!p.endsWith("UnggahanTerbatas.java") && PENANGAN_LAIN.matcher(isi).find()) {
                    penanganLain.add(SUMBER.relativize(p).toString());
                }
                long baru = UPLOAD_BARU.matcher(isi).results().count();
                upload += (int) baru;
                if (baru > Pattern.compile("\\.pasangPada\\(").matcher(isi).results().count()) {
                    tanpaBatas.add(SUMBER.relativize(p).toString());
                }
            }
        }
        assertThat(upload).as("Upload di layar").isGreaterThanOrEqualTo(4); // guards the scan itself
        assertThat(penanganLain).as("penangan unggahan tanpa batas").isEmpty();
        assertThat(tanpaBatas).as("Upload tanpa UnggahanTerbatas.pasangPada").isEmpty();
    }
}
