package io.wenliu.search.events;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.Instant;

/** Event published on articles.indexed after an article was indexed or deleted. */
@JsonPropertyOrder({"eventId", "eventType", "schemaVersion", "articleId", "occurredAt", "version", "payload"})
public record ArticleIndexedEvent(
        String eventId,
        String eventType,
        int schemaVersion,
        String articleId,
        Instant occurredAt,
        long version,
        Payload payload) {

    /** The event type name. */
    public static final String TYPE = "ArticleIndexed";

    /** The CloudEvents type. */
    public static final String CE_TYPE = "io.wenliu.ArticleIndexed.v1";

    /** Where the article went. */
    @JsonPropertyOrder({"index", "indexedAt", "deleted"})
    public record Payload(String index, Instant indexedAt, boolean deleted) {}

    /** Builds the event for an article version written at {@code at}. */
    public static ArticleIndexedEvent of(
            String eventId, String articleId, long version, String index, Instant at, boolean deleted) {
        return new ArticleIndexedEvent(eventId, TYPE, 1, articleId, at, version, new Payload(index, at, deleted));
    }
}
