package io.wenliu.analysis.support;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.UUID;

/** articles.ingested events for tests: ingest's golden ArticleIngested sample with fresh ids, and deletions. */
public final class IngestedEvents {
    private static final Path INGEST_SAMPLE =
            Path.of("../ingest-service/src/test/resources/contracts/articles.ingested/v1/ArticleIngested.json");
    private static final Path FIXTURE = Path.of("src/test/resources/contracts/fixtures/ArticleIngested.json");
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private IngestedEvents() {}

    /** An ArticleIngested event with a new event id and a new article id. */
    public static ObjectNode newArticle() {
        try {
            Path source = INGEST_SAMPLE.toFile().exists() ? INGEST_SAMPLE : FIXTURE;
            ObjectNode event = (ObjectNode) MAPPER.readTree(source.toFile());
            event.put("eventId", UUID.randomUUID().toString());
            event.put("articleId", "a-test-" + UUID.randomUUID());
            return event;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The ArticleDeleted event that follows {@code ingested} (next version). */
    public static ObjectNode deletionOf(ObjectNode ingested) {
        ObjectNode deleted = MAPPER.createObjectNode();
        deleted.put("eventId", UUID.randomUUID().toString());
        deleted.put("eventType", "ArticleDeleted");
        deleted.put("schemaVersion", 1);
        deleted.put("articleId", ingested.get("articleId").asText());
        deleted.put("occurredAt", "2026-11-23T11:30:00Z");
        deleted.put("version", ingested.get("version").asLong() + 1);
        ObjectNode payload = deleted.putObject("payload");
        payload.put("documentId", ingested.get("payload").get("documentId").asText());
        payload.put("sourceFile", ingested.get("payload").get("sourceFile").asText());
        payload.put("reason", "source file removed");
        return deleted;
    }
}
