package io.wenliu.testing.contracts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;

/** One event contract (a JSON Schema, draft 2020-12) and the validation of event values against it. */
public final class EventSchema {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path file;
    private final JsonNode tree;
    private final JsonSchema schema;

    private EventSchema(Path file, JsonNode tree) {
        this.file = file;
        this.tree = tree;
        SchemaValidatorsConfig config =
                SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
        this.schema =
                JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(tree, config);
    }

    /** Reads the schema file; fails if it is not JSON or does not declare draft 2020-12. */
    public static EventSchema read(Path file) {
        try {
            return parse(Files.readString(file), file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read schema " + file, e);
        }
    }

    /** The schema in {@code text} (e.g. as served over HTTP), {@code origin} naming where it came from. */
    public static EventSchema parse(String text, Path origin) {
        JsonNode tree;
        try {
            tree = JSON.readTree(text);
        } catch (IOException e) {
            throw new IllegalArgumentException(origin + " is not JSON: " + e.getMessage(), e);
        }
        String dialect = tree.path("$schema").asText();
        if (!dialect.equals("https://json-schema.org/draft/2020-12/schema")) {
            throw new IllegalArgumentException(origin + " does not declare JSON Schema draft 2020-12: " + dialect);
        }
        return new EventSchema(origin, tree);
    }

    /** The schema document itself. */
    public JsonNode tree() {
        return tree;
    }

    /** Where the schema was read from. */
    public Path file() {
        return file;
    }

    /** What is wrong with the event by this contract (each message starts with the JSON pointer), empty when it conforms. */
    public List<String> violations(JsonNode event) {
        return schema.validate(event).stream()
                .sorted(Comparator.comparing(ValidationMessage::getMessage))
                .map(ValidationMessage::getMessage)
                .toList();
    }

    /** {@link #violations(JsonNode)} of an event given as JSON text. */
    public List<String> violations(String event) {
        try {
            return violations(JSON.readTree(event));
        } catch (IOException e) {
            return List.of("not JSON: " + e.getMessage());
        }
    }

    @Override
    public String toString() {
        return file.toString();
    }
}
