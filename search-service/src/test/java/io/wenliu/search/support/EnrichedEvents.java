package io.wenliu.search.support;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Builds articles.enriched events in the analysis-service v1 format for tests. */
public final class EnrichedEvents {

    private static final ObjectMapper JSON = new ObjectMapper();

    private EnrichedEvents() {}

    /** An ArticleEnriched event with the given text, persons and keywords. */
    public static String enriched(
            String articleId,
            long version,
            String title,
            String body,
            String source,
            String isoDate,
            List<String> persons,
            List<String> keywords) {
        ObjectNode event = envelope("ArticleEnriched", articleId, version);
        ObjectNode payload = event.putObject("payload");
        ObjectNode article = payload.putObject("article");
        article.put("documentId", UUID.randomUUID().toString());
        article.put("sourceFile", articleId + ".txt");
        article.put("segmentIndex", 0);
        article.put("title", title);
        article.putNull("subtitle");
        article.putArray("authors");
        article.putNull("byline");
        article.put("source", source);
        article.putNull("coSource");
        if (isoDate != null) {
            LocalDate date = LocalDate.parse(isoDate);
            ObjectNode dateline = article.putObject("dateline");
            dateline.put("place", "北京");
            dateline.put("date", date.getMonthValue() + "月" + date.getDayOfMonth() + "日");
            dateline.put("isoDate", isoDate);
            dateline.put("year", date.getYear());
            dateline.put("month", date.getMonthValue());
            dateline.put("day", date.getDayOfMonth());
            dateline.put("yearSource", "configured");
        } else {
            article.putNull("dateline");
        }
        article.put("body", body);
        article.put("contentHash", "0".repeat(64));
        article.put("languageHint", "zh-Hans");
        article.put("ingestedAt", Instant.now().toString());
        ObjectNode enrichment = payload.putObject("enrichment");
        ArrayNode entities = enrichment.putArray("entities");
        for (String person : persons) {
            int count = Math.max(1, body.split(person, -1).length - 1);
            entities.addObject().put("text", person).put("type", "PERSON").put("count", count);
        }
        ArrayNode kw = enrichment.putArray("keywords");
        keywords.forEach(k -> kw.addObject().put("term", k).put("score", 0.5));
        enrichment.putArray("summary");
        enrichment.put("language", "zh");
        payload.put("sourceEventId", UUID.randomUUID().toString());
        return event.toString();
    }

    /** An ArticleEnriched event whose dateline prints 3月12日 and nothing gives its year. */
    public static String withoutYear(String articleId, String title, String body) {
        ObjectNode event = (ObjectNode) read(enriched(articleId, 1, title, body, "新华社", null, List.of(), List.of()));
        ObjectNode dateline = ((ObjectNode) event.get("payload").get("article")).putObject("dateline");
        dateline.put("raw", "（新华社北京3月12日电）");
        dateline.put("place", "北京");
        dateline.put("date", "3月12日");
        dateline.putNull("isoDate");
        dateline.putNull("year");
        dateline.put("month", 3);
        dateline.put("day", 12);
        dateline.putNull("yearSource");
        return event.toString();
    }

    private static JsonNode read(String json) {
        try {
            return JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** An ArticleDeleted event. */
    public static String deleted(String articleId, long version) {
        ObjectNode event = envelope("ArticleDeleted", articleId, version);
        event.putObject("payload")
                .put("documentId", UUID.randomUUID().toString())
                .put("reason", "test");
        return event.toString();
    }

    private static ObjectNode envelope(String type, String articleId, long version) {
        ObjectNode event = JSON.createObjectNode();
        event.put("eventId", UUID.randomUUID().toString());
        event.put("eventType", type);
        event.put("schemaVersion", 1);
        event.put("articleId", articleId);
        event.put("occurredAt", Instant.now().toString());
        event.put("version", version);
        return event;
    }

    /** Appends an entity with analysis's confidence to an enrichment's entity list. */
    public static void addEntity(ArrayNode entities, String text, String type, double confidence) {
        entities.addObject().put("text", text).put("type", type).put("count", 1).put("confidence", confidence);
    }
}
