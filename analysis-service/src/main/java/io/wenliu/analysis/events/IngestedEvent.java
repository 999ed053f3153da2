package io.wenliu.analysis.events;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.wenliu.analysis.entity.Credit;
import java.util.ArrayList;
import java.util.List;

/** Tolerant view of an {@code articles.ingested} envelope; the payload is kept whole so it can be copied unchanged. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record IngestedEvent(
        String eventId,
        String eventType,
        Integer schemaVersion,
        String articleId,
        String occurredAt,
        Long version,
        ObjectNode payload) {

    public static final String ARTICLE_INGESTED = "ArticleIngested";
    public static final String ARTICLE_DELETED = "ArticleDeleted";

    /** The people the payload credits (its {@code credits}: role and name), empty when it has none. */
    public List<Credit> credits() {
        List<Credit> credits = new ArrayList<>();
        if (payload != null && payload.get("credits") instanceof ArrayNode array) {
            for (JsonNode credit : array) {
                credits.add(new Credit(
                        credit.path("role").asText(""), credit.path("name").asText("")));
            }
        }
        return credits;
    }

    /** The payload's text field, or null. */
    public String payloadText(String field) {
        if (payload == null || payload.get(field) == null || payload.get(field).isNull()) {
            return null;
        }
        return payload.get(field).asText();
    }
}
