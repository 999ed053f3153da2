package io.wenliu.ingest.status;

import com.fasterxml.jackson.databind.JsonNode;
import io.smallrye.reactive.messaging.annotations.Blocking;
import io.wenliu.ingest.events.EventJson;
import io.wenliu.ingest.ledger.ArticleProgress;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

/**
 * Records ENRICHED and INDEXED from articles.enriched and articles.indexed. Reads only the envelope fields it needs;
 * unreadable records are logged and skipped (they carry status only, nothing is lost).
 */
@ApplicationScoped
public class PipelineStatusListener {

    /** Channel reading articles.enriched. */
    public static final String ENRICHED_CHANNEL = "articles-enriched";

    /** Channel reading articles.indexed. */
    public static final String INDEXED_CHANNEL = "articles-indexed";

    private static final Logger LOG = Logger.getLogger(PipelineStatusListener.class);

    @Inject
    ArticleProgress progress;

    @Incoming(ENRICHED_CHANNEL)
    @Blocking
    void onEnriched(String value) {
        JsonNode event = parse(value, ENRICHED_CHANNEL);
        if (event == null || !"ArticleEnriched".equals(text(event, "eventType"))) {
            return;
        }
        String articleId = text(event, "articleId");
        if (articleId != null && !progress.markEnriched(articleId, time(event.path("occurredAt")))) {
            LOG.debugf("articles.enriched: unknown article %s", articleId);
        }
    }

    @Incoming(INDEXED_CHANNEL)
    @Blocking
    void onIndexed(String value) {
        JsonNode event = parse(value, INDEXED_CHANNEL);
        if (event == null
                || !"ArticleIndexed".equals(text(event, "eventType"))
                || event.path("payload").path("deleted").asBoolean(false)) {
            return;
        }
        String articleId = text(event, "articleId");
        JsonNode at = event.path("payload").path("indexedAt");
        if (articleId != null
                && !progress.markIndexed(articleId, time(at.isMissingNode() ? event.path("occurredAt") : at))) {
            LOG.debugf("articles.indexed: unknown article %s", articleId);
        }
    }

    private static JsonNode parse(String value, String channel) {
        if (value == null) {
            return null;
        }
        try {
            return EventJson.read(value);
        } catch (IllegalArgumentException e) {
            LOG.warnf("%s: skipping unreadable record: %s", channel, e.getMessage());
            return null;
        }
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
                LOG.debugf("unparseable time %s", value.asText());
            }
        }
        return Instant.now();
    }
}
