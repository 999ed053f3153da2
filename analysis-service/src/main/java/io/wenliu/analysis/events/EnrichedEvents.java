package io.wenliu.analysis.events;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.wenliu.analysis.enrichment.Enrichment;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/** Builds the events published on {@code articles.enriched} from their ingested source events. */
public final class EnrichedEvents {
    public static final String ARTICLE_ENRICHED = "ArticleEnriched";
    public static final int SCHEMA_VERSION = 1;
    public static final String SOURCE = "/wenliu/analysis-service";

    private EnrichedEvents() {}

    /**
     * The id of the event published for a source event: derived from the source event id, so a re-publication
     * after a failed commit (delivery is at least once) carries the same id and consumers can drop it.
     */
    public static UUID eventIdFor(IngestedEvent source) {
        return UUID.nameUUIDFromBytes(("articles.enriched/" + source.eventId()).getBytes(StandardCharsets.UTF_8));
    }

    /** ArticleEnriched for an ArticleIngested event. */
    public static OutgoingEvent enriched(IngestedEvent source, Enrichment enrichment, UUID eventId, Instant now) {
        return new OutgoingEvent(
                eventId.toString(),
                ARTICLE_ENRICHED,
                SCHEMA_VERSION,
                source.articleId(),
                now.truncatedTo(ChronoUnit.MILLIS).toString(),
                source.version(),
                new EnrichedPayload(source.payload(), enrichment, source.eventId()),
                null);
    }

    /** ArticleDeleted passed through: ingest's payload plus {@code sourceEventId}. */
    public static OutgoingEvent deleted(IngestedEvent source, UUID eventId, Instant now) {
        ObjectNode payload = source.payload().deepCopy();
        payload.put("sourceEventId", source.eventId());
        return new OutgoingEvent(
                eventId.toString(),
                IngestedEvent.ARTICLE_DELETED,
                SCHEMA_VERSION,
                source.articleId(),
                now.truncatedTo(ChronoUnit.MILLIS).toString(),
                source.version(),
                payload,
                null);
    }
}
