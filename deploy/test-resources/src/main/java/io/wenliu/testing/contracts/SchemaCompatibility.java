package io.wenliu.testing.contracts;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The changes from a released event schema to the current one that would break consumers written against the
 * released one, when both carry the same {@code schemaVersion}. Within a version only additions are allowed: new
 * optional fields and new enum values. Breaking: a field removed, a field that was required no longer required, a
 * field's type changed (including becoming nullable or no longer nullable), its format or constant changed, and an enum
 * narrowed.
 */
public final class SchemaCompatibility {

    private SchemaCompatibility() {}

    /** Each breaking change, with the path of the field it concerns; empty when the current schema is compatible. */
    public static List<String> breakingChanges(JsonNode released, JsonNode current) {
        List<String> changes = new ArrayList<>();
        compare("$", released, current, changes);
        return changes;
    }

    private static void compare(String path, JsonNode released, JsonNode current, List<String> changes) {
        Set<String> releasedTypes = types(released);
        Set<String> currentTypes = types(current);
        if (!releasedTypes.equals(currentTypes)) {
            changes.add(path + ": type changed from " + releasedTypes + " to " + currentTypes);
        }
        if (!released.path("format").equals(current.path("format"))) {
            changes.add(path + ": format changed from " + released.path("format") + " to " + current.path("format"));
        }
        if (released.has("const") && !released.get("const").equals(current.get("const"))) {
            changes.add(path + ": constant changed from " + released.get("const") + " to " + current.get("const"));
        }
        if (released.has("enum")) {
            Set<String> removed = values(released.get("enum"));
            removed.removeAll(values(current.path("enum")));
            if (!current.has("enum") && current.has("const")) {
                removed.remove(key(current.get("const")));
            }
            if (!removed.isEmpty() && current.has("enum")) {
                changes.add(path + ": enum narrowed, " + removed + " removed");
            } else if (!removed.isEmpty()) {
                changes.add(path + ": enum " + removed + " replaced by " + current.path("const"));
            }
        }
        Set<String> required = values(released.path("required"));
        required.removeAll(values(current.path("required")));
        for (String field : required) {
            changes.add(path + "." + field + ": no longer required");
        }
        JsonNode releasedProperties = released.path("properties");
        for (Iterator<Map.Entry<String, JsonNode>> it = releasedProperties.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> property = it.next();
            JsonNode now = current.path("properties").get(property.getKey());
            if (now == null) {
                changes.add(path + "." + property.getKey() + ": removed");
            } else {
                compare(path + "." + property.getKey(), property.getValue(), now, changes);
            }
        }
        if (released.has("items")) {
            compare(path + "[]", released.get("items"), current.path("items"), changes);
        }
        JsonNode prefix = released.path("prefixItems");
        for (int i = 0; i < prefix.size(); i++) {
            compare(
                    path + "[" + i + "]",
                    prefix.get(i),
                    current.path("prefixItems").path(i),
                    changes);
        }
    }

    /** The JSON types a schema admits, from {@code type}, or from its {@code const} or {@code enum} values. */
    private static Set<String> types(JsonNode schema) {
        Set<String> types = new TreeSet<>();
        JsonNode type = schema.path("type");
        if (type.isTextual()) {
            types.add(type.asText());
        } else if (type.isArray()) {
            type.forEach(t -> types.add(t.asText()));
        } else if (schema.has("const")) {
            types.add(jsonType(schema.get("const")));
        } else if (schema.has("enum")) {
            schema.get("enum").forEach(v -> types.add(jsonType(v)));
        }
        return types;
    }

    private static String jsonType(JsonNode value) {
        if (value.isNull()) {
            return "null";
        }
        if (value.isIntegralNumber()) {
            return "integer";
        }
        if (value.isNumber()) {
            return "number";
        }
        if (value.isBoolean()) {
            return "boolean";
        }
        if (value.isArray()) {
            return "array";
        }
        return value.isObject() ? "object" : "string";
    }

    private static Set<String> values(JsonNode array) {
        Set<String> values = new TreeSet<>();
        array.forEach(v -> values.add(key(v)));
        return values;
    }

    private static String key(JsonNode value) {
        return value.isTextual() ? value.asText() : value.toString();
    }
}
