package io.wenliu.testing.contracts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * Where a service keeps the contracts of the topics it produces: schemas in {@code
 * src/main/resources/META-INF/resources/contracts/<topic>/v<N>/<EventType>.schema.json} (in its jar and served at
 * {@code /contracts/...}), and beside the golden samples in {@code src/test/resources/contracts/<topic>/v<N>/} the
 * released copy of each schema ({@code <EventType>.released.schema.json}) that compatibility is checked against.
 */
public final class Contracts {

    /** The schemas of the module whose tests run (paths relative to the module directory). */
    public static final Path SCHEMAS = Path.of("src/main/resources/META-INF/resources/contracts");

    /** The golden samples and released schemas of the module whose tests run. */
    public static final Path SAMPLES = Path.of("src/test/resources/contracts");

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<Path, EventSchema> READ = new ConcurrentHashMap<>();

    private Contracts() {}

    /** Every schema under {@code root}, as paths relative to it ({@code <topic>/v<N>/<EventType>.schema.json}). */
    public static List<Path> schemas(Path root) {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".schema.json"))
                    .map(root::relativize)
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list schemas under " + root, e);
        }
    }

    /** The schema of an event type: {@code <topic>/v<version>/<eventType>.schema.json} under {@link #SCHEMAS}. */
    public static EventSchema schema(String topic, int version, String eventType) {
        return EventSchema.read(SCHEMAS.resolve(topic).resolve("v" + version).resolve(eventType + ".schema.json"));
    }

    /**
     * Fails (AssertionError) when an event value read from {@code topic}, one of this module's topics, breaks the
     * schema of its own eventType and schemaVersion; {@code where} names the record in the message.
     */
    public static void requireConforming(String topic, String value, String where) {
        JsonNode event;
        try {
            event = JSON.readTree(value);
        } catch (IOException e) {
            throw new AssertionError("event at " + where + " on " + topic + " is not JSON: " + value, e);
        }
        String type = event.path("eventType").asText();
        int version = event.path("schemaVersion").asInt(1);
        Path file = SCHEMAS.resolve(topic).resolve("v" + version).resolve(type + ".schema.json");
        if (!Files.isRegularFile(file)) {
            throw new AssertionError(
                    type + " v" + version + " at " + where + " on " + topic + " has no schema " + file);
        }
        List<String> violations = READ.computeIfAbsent(file, EventSchema::read).violations(event);
        if (!violations.isEmpty()) {
            throw new AssertionError(type + " at " + where + " on " + topic + " breaks its schema: " + violations);
        }
    }

    /**
     * What is wrong with this module's contracts: no schema at all, a schema without a golden sample or released copy,
     * a golden sample that breaks its schema, or a schema that breaks its released copy (see {@link
     * SchemaCompatibility}). Empty when all hold.
     */
    public static List<String> problems() {
        List<String> problems = new ArrayList<>();
        List<Path> schemas = Files.isDirectory(SCHEMAS) ? schemas(SCHEMAS) : List.of();
        if (schemas.isEmpty()) {
            problems.add("no schema under " + SCHEMAS.toAbsolutePath());
        }
        for (Path relative : schemas) {
            EventSchema schema = EventSchema.read(SCHEMAS.resolve(relative));
            Path sample = sampleOf(relative);
            Path released = releasedOf(relative);
            try {
                if (!Files.exists(sample)) {
                    problems.add(relative + ": no golden sample " + sample);
                } else {
                    schema.violations(Files.readString(sample))
                            .forEach(v -> problems.add(sample + " breaks its schema: " + v));
                }
                if (!Files.exists(released)) {
                    problems.add(relative + ": no released copy " + released);
                } else {
                    SchemaCompatibility.breakingChanges(JSON.readTree(released.toFile()), schema.tree())
                            .forEach(c -> problems.add(relative + " breaks consumers of the released schema: " + c
                                    + " (publish a new schemaVersion instead)"));
                }
            } catch (IOException e) {
                problems.add(relative + ": " + e.getMessage());
            }
        }
        return problems;
    }

    /** The golden sample of a schema: {@code <topic>/v<N>/<EventType>.json} under {@link #SAMPLES}. */
    public static Path sampleOf(Path schema) {
        return SAMPLES.resolve(schema.toString().replace(".schema.json", ".json"));
    }

    /** The released copy of a schema: {@code <topic>/v<N>/<EventType>.released.schema.json} under {@link #SAMPLES}. */
    public static Path releasedOf(Path schema) {
        return SAMPLES.resolve(schema.toString().replace(".schema.json", ".released.schema.json"));
    }
}
