package id.sipeka;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.flowable.engine.RepositoryService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/** Every BPMN file in processes/ is packaged on the classpath and deploys to the engine. */
@SpringBootTest
class ProsesTerpasangTest {

    @Autowired
    RepositoryService repository;

    @Test
    void everyFileInProcessesIsPackagedAndDeploys() throws IOException {
        List<String> berkas;
        try (Stream<Path> isi = Files.list(Path.of("processes"))) {
            berkas = isi.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".bpmn20.xml")).sorted().toList();
        }
        Resource[] terpaket = new PathMatchingResourcePatternResolver().getResources("classpath*:/processes/*.bpmn20.xml");
        assertThat(Stream.of(terpaket).map(Resource::getFilename).sorted().toList()).isEqualTo(berkas);

        for (Resource r : terpaket) {
            try (InputStream in = r.getInputStream()) {
                var deployment = repository.createDeployment().name("uji-" + r.getFilename())
                        .addInputStream(r.getFilename(), in).deploy();
                assertThat(repository.createProcessDefinitionQuery().deploymentId(deployment.getId()).count())
                        .as("definisi proses di %s", r.getFilename()).isPositive();
            }
        }
    }
}
