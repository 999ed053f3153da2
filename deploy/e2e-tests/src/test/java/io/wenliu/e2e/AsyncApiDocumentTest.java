package io.wenliu.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.wenliu.stack.ProjectRoot;
import io.wenliu.testing.contracts.Contracts;
import io.wenliu.testing.contracts.EventSchema;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** deploy/asyncapi.yaml describes the topics, schemas and consumer groups the services actually use. */
class AsyncApiDocumentTest {

    private static final Path ROOT = ProjectRoot.find();
    private static final Path DOCUMENT = ROOT.resolve("deploy/asyncapi.yaml");
    private static final Set<String> SERVICES = Set.of("ingest-service", "analysis-service", "search-service");

    private final JsonNode asyncApi = read();

    @Test
    void isAnAsyncApi3DocumentWithAChannelForEveryTopicTheServicesName() throws IOException {
        assertThat(asyncApi.path("asyncapi").asText()).isEqualTo("3.0.0");
        Set<String> addresses = new TreeSet<>();
        asyncApi.path("channels")
                .forEach(channel -> addresses.add(channel.path("address").asText()));

        assertThat(addresses).isEqualTo(topicsNamedInCode()).hasSize(6);
    }

    @Test
    void everyPublishedSchemaIsAMessagePayloadAndEveryPayloadReferenceResolves() {
        Set<Path> referenced = new TreeSet<>();
        asyncApi.path("components").path("messages").forEach(message -> {
            JsonNode ref = message.path("payload").path("schema").path("$ref");
            if (!ref.isMissingNode()) {
                assertThat(message.path("payload").path("schemaFormat").asText())
                        .isEqualTo("application/schema+json;version=draft-2020-12");
                Path file = DOCUMENT.getParent().resolve(ref.asText()).normalize();
                assertThat(file).as(ref.asText()).isRegularFile();
                EventSchema.read(file);
                referenced.add(file);
            }
        });

        Set<Path> published = new TreeSet<>();
        for (String service : SERVICES) {
            Path schemas = ROOT.resolve(service).resolve(Contracts.SCHEMAS);
            Contracts.schemas(schemas)
                    .forEach(s -> published.add(schemas.resolve(s).normalize()));
        }
        assertThat(referenced).isEqualTo(published).hasSize(5);
    }

    @Test
    void listsEveryConsumerGroupTheServicesUse() throws IOException {
        Set<String> documented = new TreeSet<>();
        asyncApi.path("operations")
                .forEach(operation -> operation
                        .path("bindings")
                        .path("kafka")
                        .path("groupId")
                        .path("enum")
                        .forEach(group -> documented.add(group.asText())));

        assertThat(documented).containsAll(consumerGroupsConfigured()).hasSize(4);
        assertThat(Files.readString(DOCUMENT)).contains("<consumer-group>-reindex-<target index>");
    }

    private static Set<String> topicsNamedInCode() throws IOException {
        Pattern topic = Pattern.compile("\"(articles\\.[a-z.]+)\"");
        Set<String> topics = new TreeSet<>();
        for (String service : SERVICES) {
            try (Stream<Path> files = Files.walk(ROOT.resolve(service).resolve("src/main/java"))) {
                for (Path file : files.filter(f -> f.getFileName().toString().equals("Topics.java"))
                        .toList()) {
                    Matcher m = topic.matcher(Files.readString(file));
                    while (m.find()) {
                        topics.add(m.group(1));
                    }
                }
            }
        }
        return topics;
    }

    /** group.id values in the services' application.properties, with one level of ${...} resolved. */
    private static Set<String> consumerGroupsConfigured() throws IOException {
        Set<String> groups = new TreeSet<>();
        for (String service : SERVICES) {
            String properties =
                    Files.readString(ROOT.resolve(service).resolve("src/main/resources/application.properties"));
            Matcher m = Pattern.compile("(?m)^mp\\.messaging\\.incoming\\.[^.]+\\.group\\.id=(.+)$")
                    .matcher(properties);
            while (m.find()) {
                String value = m.group(1).trim();
                if (value.startsWith("${")) {
                    String key = value.substring(2, value.length() - 1);
                    Matcher def = Pattern.compile("(?m)^" + Pattern.quote(key) + "=(.+)$")
                            .matcher(properties);
                    assertThat(def.find()).as(key).isTrue();
                    value = def.group(1).trim();
                }
                groups.add(value);
            }
        }
        return groups;
    }

    private static JsonNode read() {
        try {
            return new ObjectMapper(new YAMLFactory()).readTree(DOCUMENT.toFile());
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + DOCUMENT, e);
        }
    }
}
