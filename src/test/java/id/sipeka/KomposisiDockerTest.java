package id.sipeka;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * docker/compose.yaml runs two SIPEKA replicas behind a reverse proxy with sticky sessions, read as files (no Docker
 * engine is needed): both replicas run the same image with the same settings and the timers on, share one data
 * volume (archive and keys), publish no port of their own, and believe the proxy's forwarded headers; the second
 * starts after the first is healthy; the proxy (Caddy) balances over both, keeps each browser on one by its own
 * cookie and checks their health.
 */
class KomposisiDockerTest {

    @Test
    @SuppressWarnings("unchecked")
    void twoReplicasShareTheDatabaseAndTheArchiveBehindAStickyProxy() throws IOException {
        Map<String, Object> compose = new Yaml().load(Files.readString(Path.of("docker", "compose.yaml")));
        Map<String, Map<String, Object>> layanan = (Map<String, Map<String, Object>>) compose.get("services");
        assertThat(layanan).containsKeys("mariadb", "app1", "app2", "proxy").doesNotContainKey("app");

        Map<String, Object> app1 = layanan.get("app1");
        Map<String, Object> app2 = layanan.get("app2");
        for (Map<String, Object> app : List.of(app1, app2)) {
            assertThat(app.get("image")).isEqualTo("sipeka:latest");
            assertThat(app).doesNotContainKey("ports");
            assertThat((List<String>) app.get("volumes")).containsExactly("sipeka-data:/app/data");
            Map<String, Object> env = (Map<String, Object>) app.get("environment");
            assertThat(env).containsEntry("SERVER_FORWARD_HEADERS_STRATEGY", "native")
                    .containsEntry("SIPEKA_FLOWABLE_ASYNC", "true")
                    // the archive and the keys stay at their defaults under the shared volume (./data from /app)
                    .doesNotContainKeys("SIPEKA_ARSIP_DIR", "SIPEKA_KUNCI_DIR");
            assertThat(env.get("SIPEKA_DB_URL")).asString().startsWith("jdbc:mariadb://mariadb:3306/sipeka");
        }
        assertThat(app2.get("environment")).isEqualTo(app1.get("environment"));
        assertThat(Files.readString(Path.of("docker", "Dockerfile"))).contains("WORKDIR /app");
        assertThat((Map<String, Map<String, String>>) app2.get("depends_on"))
                .containsEntry("app1", Map.of("condition", "service_healthy"));

        Map<String, Object> proxy = layanan.get("proxy");
        assertThat(proxy.get("image")).asString().startsWith("caddy:2");
        assertThat((List<String>) proxy.get("depends_on")).containsExactlyInAnyOrder("app1", "app2");
        assertThat((List<String>) proxy.get("volumes")).contains("./Caddyfile:/etc/caddy/Caddyfile:ro");
        assertThat((List<String>) proxy.get("ports")).anyMatch(p -> p.endsWith(":443")).anyMatch(p -> p.endsWith(":80"));
        assertThat((Map<String, Object>) compose.get("volumes")).containsKeys("sipeka-data", "mariadb-data");

        List<String> caddy = Files.readAllLines(Path.of("docker", "Caddyfile")).stream().map(String::strip)
                .filter(b -> !b.isEmpty() && !b.startsWith("#")).toList();
        assertThat(caddy).contains("reverse_proxy app1:8080 app2:8080 {", "lb_policy cookie sipeka_simpul",
                "health_uri /actuator/health");
        assertThat(caddy).noneMatch(b -> b.contains("JSESSIONID"));
    }
}
