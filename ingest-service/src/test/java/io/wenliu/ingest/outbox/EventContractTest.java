package io.wenliu.ingest.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.wenliu.ingest.events.ArticleDeletedPayload;
import io.wenliu.ingest.events.ArticleIngestedPayload;
import io.wenliu.ingest.events.CreditPayload;
import io.wenliu.ingest.events.DatelinePayload;
import io.wenliu.ingest.events.EventJson;
import io.wenliu.ingest.ledger.OutboxEvent;
import io.wenliu.testing.contracts.Contracts;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.Test;

/**
 * Pins the v1 wire format of articles.ingested against the golden samples consumers read, and the samples against the
 * published JSON Schemas (which may only grow within a schemaVersion).
 */
class EventContractTest {

    @Test
    void samplesConformToTheirSchemasAndSchemasStayCompatible() {
        assertThat(Contracts.problems()).isEmpty();
        assertThat(Contracts.schemas(Contracts.SCHEMAS))
                .containsExactly(
                        Path.of("articles.ingested/v1/ArticleDeleted.schema.json"),
                        Path.of("articles.ingested/v1/ArticleIngested.schema.json"));
    }

    private static final Path CONTRACTS = Path.of("src/test/resources/contracts/articles.ingested/v1");
    private static final UUID DOCUMENT_ID = UUID.fromString("0d6c3a4e-8f21-4b7a-b5c9-1e2f3a4b5c6d");
    private static final String ARTICLE_ID = "a-8c3e2f0a-5d4b-3f6e-9a71-2b4c6d8e0f12";

    @Test
    void eventsReadFromTheTopicAreCheckedAgainstTheSchemaOfTheirOwnType() throws IOException {
        String sample = Files.readString(CONTRACTS.resolve("ArticleIngested.json"), StandardCharsets.UTF_8);

        Contracts.requireConforming("articles.ingested", sample, "the golden sample");
        assertThatThrownBy(() -> Contracts.requireConforming(
                        "articles.ingested", sample.replace("\"segmentIndex\": 0", "\"segmentIndex\": -1"), "x"))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("ArticleIngested at x on articles.ingested breaks its schema")
                .hasMessageContaining("/payload/segmentIndex");
        assertThatThrownBy(() -> Contracts.requireConforming(
                        "articles.ingested", sample.replace("\"ArticleIngested\"", "\"ArticleMoved\""), "y"))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("ArticleMoved v1 at y on articles.ingested has no schema");
        assertThatThrownBy(() -> Contracts.requireConforming("articles.ingested", "{ not json", "z"))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("is not JSON");
    }

    @Test
    void articleIngestedMatchesGoldenSample() throws IOException {
        ArticleIngestedPayload payload = new ArticleIngestedPayload(
                DOCUMENT_ID,
                "002_c2a65b4d6f57a7a3.txt",
                0,
                "战“疫”一线党旗红",
                null,
                List.of("王鹏", "江琳"),
                "新华社记者 王鹏 人民日报记者 江琳",
                "新华社",
                "人民日报",
                new DatelinePayload(
                        "（新华社北京3月12日电）", "新华社", "北京", "3月12日", "2020-03-12", 2020, 3, 12, "text", "2020年3月13日 星期五"),
                "面对疫情防控，在以习近平同志为核心的党中央坚强领导下，全党全国全社会共同努力、共克时艰。",
                "3f9a1c5e7b2d4f6a8c0e1b3d5f7a9c2e4b6d8f0a1c3e5b7d9f2a4c6e8b0d1f3a",
                "zh-Hans",
                Instant.parse("2026-11-23T10:00:00Z"),
                List.of(new CreditPayload("记者", "王鹏"), new CreditPayload("记者", "江琳")));
        OutboxEvent event =
                event(17L, "5b0f7c1e-3c3a-4c53-9a43-6d1d1f6f2a01", "ArticleIngested", "2026-11-23T10:00:00Z", payload);

        ProducerRecord<String, String> record = OutboxRecordFactory.toRecord(event);

        assertThat(json(record.value())).isEqualTo(golden("ArticleIngested.json"));
        assertThat(Contracts.schema("articles.ingested", 1, "ArticleIngested").violations(record.value()))
                .isEmpty();
        assertThat(record.topic()).isEqualTo("articles.ingested");
        assertThat(record.key()).isEqualTo(ARTICLE_ID);
        assertThat(headers(record))
                .containsEntry("ce_id", "5b0f7c1e-3c3a-4c53-9a43-6d1d1f6f2a01")
                .containsEntry("ce_type", "io.wenliu.ArticleIngested.v1")
                .containsEntry("ce_source", "/wenliu/ingest-service")
                .containsEntry("ce_specversion", "1.0")
                .containsEntry("ce_time", "2026-11-23T10:00:00Z")
                .containsEntry("content-type", "application/json");
    }

    @Test
    void articleDeletedMatchesGoldenSample() throws IOException {
        OutboxEvent event = event(
                42L,
                "9e4d2b7a-1f3c-4a5e-8b6d-0c2e4f6a8b10",
                "ArticleDeleted",
                "2026-11-23T11:30:00Z",
                new ArticleDeletedPayload(DOCUMENT_ID, "002_c2a65b4d6f57a7a3.txt", "source file removed"));

        ProducerRecord<String, String> record = OutboxRecordFactory.toRecord(event);

        assertThat(json(record.value())).isEqualTo(golden("ArticleDeleted.json"));
        assertThat(Contracts.schema("articles.ingested", 1, "ArticleDeleted").violations(record.value()))
                .isEmpty();
        assertThat(headers(record)).containsEntry("ce_type", "io.wenliu.ArticleDeleted.v1");
    }

    private static OutboxEvent event(long id, String eventId, String type, String occurredAt, Object payload) {
        OutboxEvent event = new OutboxEvent();
        event.id = id;
        event.eventId = UUID.fromString(eventId);
        event.eventType = type;
        event.articleId = ARTICLE_ID;
        event.occurredAt = Instant.parse(occurredAt);
        event.payload = EventJson.write(payload);
        return event;
    }

    private static JsonNode golden(String file) throws IOException {
        return json(Files.readString(CONTRACTS.resolve(file), StandardCharsets.UTF_8));
    }

    private static JsonNode json(String text) throws IOException {
        return new ObjectMapper().readTree(text);
    }

    private static Map<String, String> headers(ProducerRecord<String, String> record) {
        return StreamSupport.stream(record.headers().spliterator(), false)
                .collect(Collectors.toMap(Header::key, h -> new String(h.value(), StandardCharsets.UTF_8)));
    }
}
