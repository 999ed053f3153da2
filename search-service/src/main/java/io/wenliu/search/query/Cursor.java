package io.wenliu.search.query;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.opensearch.client.opensearch._types.FieldValue;

/**
 * Where the next page of a search starts, past the 10,000 hits {@code page} can reach: the sort values of the last
 * hit of a page (OpenSearch {@code search_after}), as an opaque URL-safe string.
 */
public record Cursor(List<FieldValue> values) {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The cursor after a hit with these sort values. */
    static String encode(List<FieldValue> sortValues) {
        ArrayNode array = JSON.createArrayNode();
        for (FieldValue value : sortValues) {
            if (value.isDouble()) {
                array.add(value.doubleValue());
            } else if (value.isLong()) {
                array.add(value.longValue());
            } else if (value.isString()) {
                array.add(value.stringValue());
            } else if (value.isBoolean()) {
                array.add(value.booleanValue());
            } else {
                array.addNull();
            }
        }
        return Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(array.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** The cursor a request names, or null when it names none. */
    public static Cursor parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            JsonNode array = JSON.readTree(Base64.getUrlDecoder().decode(text.strip()));
            if (!array.isArray() || array.isEmpty()) {
                throw new IllegalArgumentException("not a list of sort values");
            }
            List<FieldValue> values = new ArrayList<>();
            for (JsonNode value : array) {
                if (value.isIntegralNumber()) {
                    values.add(FieldValue.of(value.longValue()));
                } else if (value.isNumber()) {
                    values.add(FieldValue.of(value.doubleValue()));
                } else if (value.isTextual()) {
                    values.add(FieldValue.of(value.textValue()));
                } else if (value.isBoolean()) {
                    values.add(FieldValue.of(value.booleanValue()));
                } else {
                    values.add(FieldValue.NULL);
                }
            }
            return new Cursor(values);
        } catch (IllegalArgumentException | java.io.IOException e) {
            throw new InvalidQueryException("after", "after must be the 'next' value of an earlier answer");
        }
    }
}
