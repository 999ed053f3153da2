package io.wenliu.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.wenliu.stack.ProjectRoot;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/**
 * deploy/compose/compose.yaml gives each service what it reads, the image Jib builds, its port, and servers that are
 * healthy before it starts. It cannot run here (no container engine): this checks its structure only.
 */
class ComposeFileTest {

    private static final Path COMPOSE = ProjectRoot.find().resolve("deploy/compose");
    private static final List<String> SERVICES = ServiceSettings.SERVICES;
    /** The Compose service of each Wenliu service. */
    private static final Map<String, String> NAMES =
            Map.of("ingest-service", "ingest", "analysis-service", "analysis", "search-service", "search");

    private final JsonNode compose =
            Manifests.documents(COMPOSE.resolve("compose.yaml")).get(0);

    @ParameterizedTest
    @FieldSource("SERVICES")
    void everyVariableTheServiceReadsIsSet(String service) {
        Set<String> set = new TreeSet<>();
        service(service).path("environment").fieldNames().forEachRemaining(set::add);

        assertThat(set).containsAll(ServiceSettings.of(service).environment());
    }

    @ParameterizedTest
    @FieldSource("SERVICES")
    void runsTheImageJibBuildsOnTheServicesPort(String service) {
        ServiceSettings settings = ServiceSettings.of(service);

        assertThat(service(service).path("image").asText()).isEqualTo(settings.image());
        assertThat(service(service).path("ports").get(0).asText()).endsWith(":" + settings.httpPort());
    }

    @ParameterizedTest
    @FieldSource("SERVICES")
    void startsOnceTheServersItNeedsAreHealthy(String service) {
        JsonNode dependsOn = service(service).path("depends_on");
        Set<String> servers = new TreeSet<>();
        dependsOn.fieldNames().forEachRemaining(servers::add);

        assertThat(servers).contains("kafka");
        for (String server : servers) {
            String condition = dependsOn.path(server).path("condition").asText();
            if (condition.equals("service_healthy")) {
                assertThat(compose.path("services")
                                .path(server)
                                .path("healthcheck")
                                .path("test")
                                .isArray())
                        .as("%s has a healthcheck", server)
                        .isTrue();
            } else {
                assertThat(condition).isEqualTo("service_completed_successfully");
            }
        }
        Set<String> environment = ServiceSettings.of(service).environment();
        if (environment.contains("DB_URL")) {
            assertThat(servers).contains("postgres");
        }
        if (environment.contains("OPENSEARCH_URL")) {
            assertThat(servers).contains("opensearch");
        }
    }

    @Test
    void everySecretItAsksForIsInTheExampleAndEveryVolumeIsDeclared() throws IOException {
        String text = Files.readString(COMPOSE.resolve("compose.yaml"));
        Set<String> asked = new TreeSet<>();
        Matcher matcher = Pattern.compile("(?<!\\$)\\$\\{([A-Z][A-Z0-9_]*)").matcher(text);
        while (matcher.find()) {
            asked.add(matcher.group(1));
        }
        Properties example = new Properties();
        try (var reader = Files.newBufferedReader(COMPOSE.resolve(".env.example"))) {
            example.load(reader);
        }

        assertThat(example.stringPropertyNames()).containsAll(asked);
        compose.path("services")
                .forEach(service -> service.path("volumes").forEach(volume -> {
                    String source = volume.asText().split(":")[0];
                    if (!source.startsWith(".")) {
                        assertThat(compose.path("volumes").has(source))
                                .as("volume %s", source)
                                .isTrue();
                    }
                }));
    }

    private JsonNode service(String service) {
        JsonNode node = compose.path("services").path(NAMES.get(service));
        assertThat(node.isObject()).as("compose service %s", NAMES.get(service)).isTrue();
        return node;
    }
}
