package io.wenliu.testing.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SchemaCompatibilityTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static final String RELEASED = """
            {"type": "object", "required": ["eventType", "payload"],
             "properties": {
               "eventType": {"const": "ArticleIngested"},
               "schemaVersion": {"const": 1},
               "payload": {"type": "object", "required": ["title"], "properties": {
                 "title": {"type": "string"},
                 "subtitle": {"type": ["string", "null"]},
                 "ingestedAt": {"type": "string", "format": "date-time"},
                 "languageHint": {"enum": ["zh-Hans", "zh-Hant"]},
                 "authors": {"type": "array", "items": {"type": "string"}},
                 "offsets": {"type": "array", "prefixItems": [{"type": "integer"}, {"type": "integer"}]}}}}}
            """;

    @Test
    void theSameSchemaIsCompatible() {
        assertThat(SchemaCompatibility.breakingChanges(released(), released())).isEmpty();
    }

    @Test
    void additionsAreCompatible() {
        ObjectNode current = released();
        payload(current).putObject("credits").put("type", "array");
        ((ArrayNode) payload(current).get("languageHint").get("enum")).add("en");
        ((ArrayNode) current.get("properties").get("payload").get("required")).add("ingestedAt");

        assertThat(SchemaCompatibility.breakingChanges(released(), current)).isEmpty();
    }

    @Test
    void aRemovedFieldBreaks() {
        ObjectNode current = released();
        payload(current).remove("subtitle");

        assertThat(SchemaCompatibility.breakingChanges(released(), current))
                .containsExactly("$.payload.subtitle: removed");
    }

    @Test
    void aRetypedFieldBreaks() {
        ObjectNode current = released();
        ((ObjectNode) payload(current).get("title")).put("type", "integer");
        ((ObjectNode) payload(current).get("subtitle")).put("type", "string");
        ((ObjectNode) payload(current).get("authors").get("items")).put("type", "object");
        ((ObjectNode) payload(current).get("offsets").get("prefixItems").get(1)).put("type", "string");

        assertThat(SchemaCompatibility.breakingChanges(released(), current))
                .containsExactlyInAnyOrder(
                        "$.payload.title: type changed from [string] to [integer]",
                        "$.payload.subtitle: type changed from [null, string] to [string]",
                        "$.payload.authors[]: type changed from [string] to [object]",
                        "$.payload.offsets[1]: type changed from [integer] to [string]");
    }

    @Test
    void aNarrowedEnumAChangedFormatOrConstantAndALostRequirementBreak() {
        ObjectNode current = released();
        ((ArrayNode) payload(current).get("languageHint").get("enum")).remove(1);
        ((ObjectNode) payload(current).get("ingestedAt")).put("format", "date");
        ((ObjectNode) current.get("properties").get("schemaVersion")).put("const", 2);
        ((ArrayNode) current.get("properties").get("payload").get("required")).removeAll();

        assertThat(SchemaCompatibility.breakingChanges(released(), current))
                .containsExactlyInAnyOrder(
                        "$.payload.languageHint: enum narrowed, [zh-Hant] removed",
                        "$.payload.ingestedAt: format changed from \"date-time\" to \"date\"",
                        "$.schemaVersion: constant changed from 1 to 2",
                        "$.payload.title: no longer required");
    }

    @Test
    void eventSchemaReportsWhereAnEventBreaksIt(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("contract.schema.json");
        ObjectNode schema = released();
        schema.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        Files.writeString(file, schema.toString());
        EventSchema contract = EventSchema.read(file);

        assertThat(
                        contract.violations(
                                "{\"eventType\":\"ArticleIngested\",\"payload\":{\"title\":\"t\",\"ingestedAt\":\"2026-11-30T10:00:00Z\"}}"))
                .isEmpty();
        assertThat(contract.violations("{\"eventType\":\"ArticleIngested\",\"payload\":{\"title\":7,"
                        + "\"ingestedAt\":\"yesterday\",\"languageHint\":\"en\"}}"))
                .hasSize(3)
                .anySatisfy(v -> assertThat(v).startsWith("/payload/title"))
                .anySatisfy(v -> assertThat(v).startsWith("/payload/ingestedAt"))
                .anySatisfy(v -> assertThat(v).startsWith("/payload/languageHint"));
    }

    private static ObjectNode released() {
        try {
            return (ObjectNode) JSON.readTree(RELEASED);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static ObjectNode payload(JsonNode schema) {
        return (ObjectNode) schema.get("properties").get("payload").get("properties");
    }
}
