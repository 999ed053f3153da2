package io.wenliu.ingest.outbox;

import io.wenliu.ingest.config.IngestConfig;
import io.wenliu.ingest.events.EventTypes;
import io.wenliu.ingest.ledger.ArticleProgress;
import io.wenliu.ingest.ledger.OutboxEvent;
import io.wenliu.ingest.metrics.IngestMetrics;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.RecordMetadata;

/** Claims a batch of unsent outbox rows, sends them to Kafka in order and marks the acknowledged ones sent. */
@ApplicationScoped
class OutboxSender {

    @Inject
    IngestConfig config;

    @Inject
    KafkaClients kafka;

    @Inject
    ArticleProgress progress;

    @Inject
    IngestMetrics metrics;

    /** How a relay round went: rows sent, the error that stopped it, if any, or that another replica relays. */
    record BatchResult(int sent, String failure, boolean anotherReplicaRelays) {
        BatchResult(int sent, String failure) {
            this(sent, failure, false);
        }
    }

    /** Sends one batch inside the caller's transaction, which holds the relay lock. */
    @SuppressWarnings("unchecked")
    BatchResult sendBatch() {
        List<OutboxEvent> batch = OutboxEvent.getEntityManager()
                .createNativeQuery(
                        "select * from outbox_event where sent_at is null order by id limit :n for update skip locked",
                        OutboxEvent.class)
                .setParameter("n", config.outbox().batchSize())
                .getResultList();
        if (batch.isEmpty()) {
            return new BatchResult(0, null);
        }
        List<Future<RecordMetadata>> futures = new ArrayList<>(batch.size());
        for (OutboxEvent event : batch) {
            try {
                futures.add(kafka.producer().send(OutboxRecordFactory.toRecord(event)));
            } catch (RuntimeException e) {
                futures.add(CompletableFuture.failedFuture(e));
                break;
            }
        }
        long deadline = System.nanoTime() + config.outbox().sendTimeout().toNanos();
        List<OutboxEvent> acknowledged = new ArrayList<>(batch.size());
        String failure = null;
        for (int i = 0; i < futures.size(); i++) {
            try {
                futures.get(i).get(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            } catch (Exception e) {
                // Attempts and error are committed with the rows already sent; the rest is retried later.
                markFailed(batch.subList(i, batch.size()), e);
                failure = "send failed: " + OutboxRelay.rootMessage(e);
                break;
            }
            acknowledged.add(batch.get(i));
        }
        markSent(acknowledged, Instant.now());
        return new BatchResult(acknowledged.size(), failure);
    }

    /** One statement for the rows and one for their articles, whatever the batch size. */
    private void markSent(List<OutboxEvent> events, Instant now) {
        if (events.isEmpty()) {
            return;
        }
        List<Long> ids = new ArrayList<>(events.size());
        List<String> articles = new ArrayList<>();
        for (OutboxEvent event : events) {
            ids.add(event.id);
            metrics.relayed(Duration.between(event.occurredAt, now));
            if (EventTypes.ARTICLE_INGESTED.equals(event.eventType)) {
                articles.add(event.articleId);
                metrics.articlePublished();
            }
        }
        OutboxEvent.markSent(ids, now);
        progress.markPublished(articles, now);
    }

    private static void markFailed(List<OutboxEvent> events, Exception e) {
        for (OutboxEvent event : events) {
            event.attempts++;
            event.lastError = OutboxRelay.rootMessage(e);
        }
    }
}
