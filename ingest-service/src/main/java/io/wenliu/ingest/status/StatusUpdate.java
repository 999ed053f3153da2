package io.wenliu.ingest.status;

import com.fasterxml.jackson.databind.JsonNode;
import io.wenliu.ingest.events.EventJson;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;

/**
 * What an articles.enriched or articles.indexed record says about an article, read tolerantly: only the envelope
 * fields it needs, unknown fields ignored.
 */
public record StatusUpdate(Kind kind, String articleId, Instant at) {

    /** The pipeline step the record reports. */
    public enum Kind {
        ENRICHED,
        INDEXED
    }

    /** Envelope fields without which a record cannot be applied. */
    static final List<String> REQUIRED_FIELDS =
            List.of("eventId", "eventType", "schemaVersion", "articleId", "payload");

    /** The only {@code schemaVersion} of articles.enriched and articles.indexed this service reads. */
    static final int SCHEMA_VERSION = 1;

    /**
     * Parses a record value. Empty for a tombstone (null value), other event types and index deletions: they are valid
     * but report no progress.
     *
     * @throws UnreadableStatusException if the value is not a JSON object, lacks one of {@link #REQUIRED_FIELDS} or has
     *     a {@code schemaVersion} other than {@link #SCHEMA_VERSION}
     */
    public static Optional<StatusUpdate> parse(String value) {
        if (value == null) {
            return Optional.empty();
        }
        JsonNode event = envelope(value);
        String type = event.get("eventType").asText();
        String articleId = event.get("articleId").asText();
        JsonNode payload = event.path("payload");
        if ("ArticleEnriched".equals(type)) {
            return Optional.of(new StatusUpdate(Kind.ENRICHED, articleId, time(event.path("occurredAt"))));
        }
        if ("ArticleIndexed".equals(type) && !payload.path("deleted").asBoolean(false)) {
            JsonNode at = payload.path("indexedAt").isTextual() ? payload.path("indexedAt") : event.path("occurredAt");
            return Optional.of(new StatusUpdate(Kind.INDEXED, articleId, time(at)));
        }
        return Optional.empty();
    }

    private static JsonNode envelope(String value) {
        JsonNode event;
        try {
            event = EventJson.read(value);
        } catch (IllegalArgumentException e) {
            throw new UnreadableStatusException("not JSON", e.getCause());
        }
        if (event == null || !event.isObject()) {
            throw new UnreadableStatusException("not a JSON object", null);
        }
        List<String> missing =
                REQUIRED_FIELDS.stream().filter(field -> !present(event, field)).toList();
        if (!missing.isEmpty()) {
            throw new UnreadableStatusException("envelope lacks " + String.join(", ", missing), null);
        }
        JsonNode version = event.get("schemaVersion");
        if (!version.canConvertToInt() || version.asInt() != SCHEMA_VERSION || !version.isIntegralNumber()) {
            throw UnreadableStatusException.unsupportedVersion("unsupported schemaVersion " + version.asText() + " of "
                    + event.get("eventType").asText() + ": this service reads schemaVersion " + SCHEMA_VERSION);
        }
        return event;
    }

    private static boolean present(JsonNode event, String field) {
        JsonNode value = event.get(field);
        if ("payload".equals(field)) {
            return value != null && value.isObject();
        }
        return value != null
                && value.isValueNode()
                && !value.isNull()
                && !value.asText().isBlank();
    }

    private static Instant time(JsonNode value) {
        if (value.isTextual()) {
            try {
                return Instant.parse(value.asText());
            } catch (DateTimeParseException e) {
                return Instant.now();
            }
        }
        return Instant.now();
    }
}
