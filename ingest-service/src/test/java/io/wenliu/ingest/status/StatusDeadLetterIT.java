package io.wenliu.ingest.status;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.junit.QuarkusTest;
import io.wenliu.ingest.drop.DropFolders;
import io.wenliu.ingest.events.Topics;
import io.wenliu.ingest.ledger.ArticleStatus;
import io.wenliu.ingest.ledger.DocumentEntity;
import io.wenliu.ingest.ledger.DocumentStatus;
import io.wenliu.ingest.support.DropFiles;
import io.wenliu.ingest.support.Ledger;
import io.wenliu.ingest.support.TestProducer;
import io.wenliu.ingest.support.TopicReader;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.junit.jupiter.api.Test;

/**
 * Unreadable records on articles.enriched and articles.indexed go to articles.status.dlq unchanged, with the reason
 * and their origin in headers; a status of an unknown article is ignored; a valid record after them is still applied.
 */
@QuarkusTest
class StatusDeadLetterIT {

    private static final Duration TIMEOUT = Duration.ofSeconds(45);

    @Inject
    DropFolders folders;

    @Inject
    MeterRegistry meters;

    @Test
    void unreadableEnrichedRecordsAreDeadLetteredAndLaterOnesApplied() throws Exception {
        Article article = ingestArticle("坏记录之后");
        String valid = """
                {"eventId":"%s","eventType":"ArticleEnriched","schemaVersion":1,"articleId":"%s",
                 "occurredAt":"2026-11-23T10:00:05Z","version":1,"payload":{"article":{},"sourceEventId":"x"}}""";

        deadLettersThenApplies(Topics.ARTICLES_ENRICHED, "ArticleEnriched", valid, article, ArticleStatus.ENRICHED);
    }

    @Test
    void unreadableIndexedRecordsAreDeadLetteredAndLaterOnesApplied() throws Exception {
        Article article = ingestArticle("坏索引记录");
        String valid = """
                {"eventId":"%s","eventType":"ArticleIndexed","schemaVersion":1,"articleId":"%s",
                 "occurredAt":"2026-11-23T10:00:09Z","version":1,
                 "payload":{"index":"articles-v1","indexedAt":"2026-11-23T10:00:08Z","deleted":false}}""";

        deadLettersThenApplies(Topics.ARTICLES_INDEXED, "ArticleIndexed", valid, article, ArticleStatus.INDEXED);
    }

    /** Sends, under the article's key (so in order): a valid status of an unknown article, three unreadable records
     * (not JSON, no envelope, a schemaVersion this service does not read), a valid status of the article. */
    private void deadLettersThenApplies(
            String topic, String eventType, String validTemplate, Article article, ArticleStatus expected)
            throws Exception {
        String articleId = article.id();
        String unknownArticle = "a-unknown-" + UUID.randomUUID();
        String notJson = "not json at all " + UUID.randomUUID();
        String noEnvelope = """
                {"eventType":"%s","payload":{},"marker":"%s"}""".formatted(eventType, UUID.randomUUID());
        String newerVersion = validTemplate
                .formatted(UUID.randomUUID(), articleId)
                .replace("\"schemaVersion\":1", "\"schemaVersion\":2");
        double unknownBefore = unknownArticles(topic);

        RecordMetadata unparseable;
        RecordMetadata incomplete;
        RecordMetadata newer;
        try (KafkaProducer<String, String> producer = TestProducer.open()) {
            producer.send(new ProducerRecord<>(
                            topic, articleId, validTemplate.formatted(UUID.randomUUID(), unknownArticle)))
                    .get();
            unparseable = producer.send(new ProducerRecord<>(topic, articleId, notJson))
                    .get();
            incomplete = producer.send(new ProducerRecord<>(topic, articleId, noEnvelope))
                    .get();
            newer = producer.send(new ProducerRecord<>(topic, articleId, newerVersion))
                    .get();
            producer.send(new ProducerRecord<>(topic, articleId, validTemplate.formatted(UUID.randomUUID(), articleId)))
                    .get();
        }

        try (TopicReader dlq = TopicReader.open(Topics.ARTICLES_STATUS_DLQ)) {
            List<ConsumerRecord<String, String>> dead = dlq.awaitRecords(
                    3, r -> Set.of(notJson, noEnvelope, newerVersion).contains(r.value()), TIMEOUT);

            ConsumerRecord<String, String> first = dead.get(0);
            assertThat(first.value()).isEqualTo(notJson);
            assertThat(first.key()).isEqualTo(articleId);
            assertThat(TopicReader.header(first, "dlq-reason")).isEqualTo("not JSON");
            assertThat(TopicReader.header(first, "dlq-exception")).contains("JsonParseException");
            assertOrigin(first, topic, unparseable);

            ConsumerRecord<String, String> second = dead.get(1);
            assertThat(second.value()).isEqualTo(noEnvelope);
            assertThat(second.key()).isEqualTo(articleId);
            assertThat(TopicReader.header(second, "dlq-reason"))
                    .isEqualTo("envelope lacks eventId, schemaVersion, articleId");
            assertThat(TopicReader.header(second, "dlq-exception"))
                    .startsWith(UnreadableStatusException.class.getName());
            assertOrigin(second, topic, incomplete);

            ConsumerRecord<String, String> third = dead.get(2);
            assertThat(third.value()).isEqualTo(newerVersion);
            assertThat(TopicReader.header(third, "dlq-reason"))
                    .isEqualTo("unsupported schemaVersion 2 of " + eventType + ": this service reads schemaVersion 1");
            assertOrigin(third, topic, newer);

            // The DLQ gets the broker's default of one partition in tests: had the unknown article's record been
            // dead-lettered, it would have been read before the two above.
            assertThat(dlq.awaitRecords(0, r -> true, TIMEOUT))
                    .noneMatch(r -> r.value().contains(unknownArticle));
        }
        await().atMost(TIMEOUT)
                .until(() -> Ledger.articles(article.documentId()).get(0).status == expected);
        assertThat(unknownArticles(topic)).isGreaterThan(unknownBefore);
    }

    private static void assertOrigin(ConsumerRecord<String, String> dead, String topic, RecordMetadata original) {
        assertThat(TopicReader.header(dead, "dlq-original-topic")).isEqualTo(topic);
        assertThat(TopicReader.header(dead, "dlq-original-partition")).isEqualTo(String.valueOf(original.partition()));
        assertThat(TopicReader.header(dead, "dlq-original-offset")).isEqualTo(String.valueOf(original.offset()));
    }

    /** An ingested article and its document. */
    private record Article(UUID documentId, String id) {}

    private Article ingestArticle(String topicWord) throws Exception {
        String name = "dlq-" + UUID.randomUUID() + ".txt";
        DropFiles.drop(folders.drop(), name, DropFiles.uniqueArticle(topicWord));
        DocumentEntity document = Ledger.awaitDocument(name, DocumentStatus.PROCESSED);
        return new Article(document.id, Ledger.articles(document.id).get(0).id);
    }

    private double unknownArticles(String topic) {
        Counter counter = meters.find("wenliu.ingest.status.unknown.articles")
                .tag("topic", topic)
                .counter();
        return counter == null ? 0 : counter.count();
    }
}
