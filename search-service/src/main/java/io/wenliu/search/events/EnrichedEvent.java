package io.wenliu.search.events;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;

/** Envelope of an event on articles.enriched; the payload is read according to {@link #eventType()}. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record EnrichedEvent(
        String eventId,
        String eventType,
        Integer schemaVersion,
        String articleId,
        Instant occurredAt,
        Long version,
        JsonNode payload) {

    /** Event type of an enriched article. */
    public static final String ARTICLE_ENRICHED = "ArticleEnriched";

    /** Event type of a deleted article. */
    public static final String ARTICLE_DELETED = "ArticleDeleted";
}
