package id.sipeka;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The top-level packages are modules: no cycles, no reaching into another module's internals, and each depends only
 * on the modules its package-info declares ({@code allowedDependencies}). Also writes the module documentation
 * (Spring Modulith's Documenter: one diagram of all modules, one per module, a canvas per module) and checks that
 * the copy in {@code src/docs/modul/}, which the README links to, is the current one.
 */
class ModularityTests {

    static final ApplicationModules MODUL = ApplicationModules.of(Application.class);
    private static final String TULIS_ULANG =
            "./mvnw test -Dtest=ModularityTests -Dsurefire.failIfNoSpecifiedTests=false -Dmodul.tulis=true";
    /** Where the README's copy lives. */
    private static final Path SALINAN = Path.of("src/docs/modul");
    private static final Path DIBUAT = Path.of("target/spring-modulith-docs");

    @Test
    void modulesRespectTheirBoundaries() {
        MODUL.verify();
    }

    @Test
    void theModuleDocumentationInTheRepositoryIsCurrent() throws IOException {
        new Documenter(MODUL).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml().writeModuleCanvases()
                .writeAggregatingDocument();
        List<Path> dibuat;
        try (Stream<Path> berkas = Files.list(DIBUAT)) {
            dibuat = berkas.sorted().toList();
        }
        assertThat(dibuat).isNotEmpty();
        if (Boolean.getBoolean("modul.tulis")) {
            Files.createDirectories(SALINAN);
            for (Path p : dibuat) {
                Files.copy(p, SALINAN.resolve(p.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        for (Path p : dibuat) {
            Path salinan = SALINAN.resolve(p.getFileName());
            assertThat(salinan).as("%s is missing: %s", salinan, TULIS_ULANG).exists();
            // compared line by line regardless of order: the Documenter lists relations in no fixed order
            assertThat(Files.readAllLines(salinan, StandardCharsets.UTF_8))
                    .as("%s is out of date: %s", salinan, TULIS_ULANG)
                    .containsExactlyInAnyOrderElementsOf(Files.readAllLines(p, StandardCharsets.UTF_8));
        }
    }
}
