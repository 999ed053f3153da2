package io.wenliu.ingest.status;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.test.junit.QuarkusTest;
import io.wenliu.ingest.drop.DropFolders;
import io.wenliu.ingest.events.Topics;
import io.wenliu.ingest.ledger.ArticleEntity;
import io.wenliu.ingest.ledger.ArticleStatus;
import io.wenliu.ingest.ledger.DocumentEntity;
import io.wenliu.ingest.ledger.DocumentStatus;
import io.wenliu.ingest.support.DropFiles;
import io.wenliu.ingest.support.Ledger;
import io.wenliu.ingest.support.TestProducer;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;

/** ENRICHED and INDEXED statuses come from the other services' topics on the real broker. */
@QuarkusTest
class PipelineStatusListenerIT {

    private static final Duration TIMEOUT = Duration.ofSeconds(45);

    @Inject
    DropFolders folders;

    @Test
    void enrichedAndIndexedEventsMoveTheArticleForward() throws Exception {
        String name = "status-" + UUID.randomUUID() + ".txt";
        DropFiles.drop(folders.drop(), name, DropFiles.uniqueArticle("状态跟踪"));
        DocumentEntity document = Ledger.awaitDocument(name, DocumentStatus.PROCESSED);
        String articleId = Ledger.articles(document.id).get(0).id;

        try (KafkaProducer<String, String> producer = TestProducer.open()) {
            producer.send(new ProducerRecord<>(Topics.ARTICLES_ENRICHED, articleId, "not json at all"));
            producer.send(new ProducerRecord<>(
                    Topics.ARTICLES_ENRICHED, articleId, """
                    {"eventId":"%s","eventType":"ArticleEnriched","schemaVersion":1,"articleId":"%s",
                     "occurredAt":"2026-11-23T10:00:05Z","version":1,"somethingNew":true,
                     "payload":{"article":{},"enrichment":{"entities":[]},"sourceEventId":"x"}}""".formatted(UUID.randomUUID(), articleId)));
            producer.flush();
            await().atMost(TIMEOUT).until(() -> articleStatus(document.id) == ArticleStatus.ENRICHED);

            producer.send(new ProducerRecord<>(
                    Topics.ARTICLES_INDEXED, articleId, """
                    {"eventId":"%s","eventType":"ArticleIndexed","schemaVersion":1,"articleId":"%s",
                     "occurredAt":"2026-11-23T10:00:09Z","version":1,
                     "payload":{"index":"articles-v1","indexedAt":"2026-11-23T10:00:08Z","deleted":false}}""".formatted(UUID.randomUUID(), articleId)));
            producer.flush();
            await().atMost(TIMEOUT).until(() -> articleStatus(document.id) == ArticleStatus.INDEXED);
        }
        ArticleEntity article = Ledger.articles(document.id).get(0);
        assertThat(article.enrichedAt).hasToString("2026-11-23T10:00:05Z");
        assertThat(article.indexedAt).hasToString("2026-11-23T10:00:08Z");
    }

    private static ArticleStatus articleStatus(UUID documentId) {
        return Ledger.articles(documentId).get(0).status;
    }
}
