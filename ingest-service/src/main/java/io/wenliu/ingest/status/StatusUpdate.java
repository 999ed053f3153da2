package io.wenliu.ingest.status;

import com.fasterxml.jackson.databind.JsonNode;
import io.wenliu.ingest.events.EventJson;
import java.time.Instant;
import java.time.format.DateTimeParseException;
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

    /** Parses a record value; empty for other event types, index deletions and records without an article id. */
    public static Optional<StatusUpdate> parse(String value) {
        JsonNode event = EventJson.read(value);
        String type = text(event, "eventType");
        String articleId = text(event, "articleId");
        if (articleId == null || type == null) {
            return Optional.empty();
        }
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

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
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
