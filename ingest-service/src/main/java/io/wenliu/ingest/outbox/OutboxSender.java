package io.wenliu.ingest.outbox;

import io.wenliu.ingest.config.IngestConfig;
import io.wenliu.ingest.events.EventTypes;
import io.wenliu.ingest.ledger.ArticleProgress;
import io.wenliu.ingest.ledger.OutboxEvent;
import io.wenliu.ingest.metrics.IngestMetrics;
import io.wenliu.platform.errors.Causes;
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
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.jboss.logging.Logger;

/** Claims a batch of unsent outbox rows, sends them to Kafka in order and marks the acknowledged ones sent. */
@ApplicationScoped
class OutboxSender {

    private static final Logger LOG = Logger.getLogger(OutboxSender.class);

    @Inject
    IngestConfig config;

    @Inject
    KafkaClients kafka;

    @Inject
    ArticleProgress progress;

    @Inject
    IngestMetrics metrics;

    /** How a relay round went: rows sent or given up, the error that stopped it, if any, or that another replica relays. */
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
                        "select * from outbox_event where sent_at is null and given_up_at is null order by id limit :n"
                                + " for update skip locked",
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
        List<OutboxEvent> givenUp = new ArrayList<>();
        String failure = null;
        for (int i = 0; i < futures.size(); i++) {
            try {
                futures.get(i).get(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            } catch (Exception e) {
                if (neverAccepted(e)) {
                    giveUp(batch.get(i), e);
                    givenUp.add(batch.get(i));
                    continue;
                }
                // Attempts and error are committed with the rows already sent; the rest is retried later.
                markFailed(batch.subList(i, batch.size()), e);
                failure = "send failed: " + OutboxRelay.rootMessage(e);
                break;
            }
            acknowledged.add(batch.get(i));
        }
        markSent(acknowledged, Instant.now());
        markUndeliverable(givenUp);
        return new BatchResult(acknowledged.size() + givenUp.size(), failure);
    }

    /**
     * Whether the broker can never accept this record, however often it is sent: larger than the producer's
     * {@code max.request.size} or the topic's {@code max.message.bytes}. Every other failure is retried.
     */
    static boolean neverAccepted(Throwable e) {
        return Causes.has(e, RecordTooLargeException.class);
    }

    /** The row stays, with its error, out of the relay's way: the events queued after it go on. */
    private static void giveUp(OutboxEvent event, Exception e) {
        event.attempts++;
        event.lastError = OutboxRelay.rootMessage(e);
        event.givenUpAt = Instant.now();
        LOG.errorf(
                "outbox event %s (%s of article %s, %d characters of payload) given up, the broker cannot accept it: %s",
                event.eventId, event.eventType, event.articleId, event.payload.length(), event.lastError);
    }

    private void markUndeliverable(List<OutboxEvent> events) {
        List<String> articles = new ArrayList<>();
        for (OutboxEvent event : events) {
            if (EventTypes.ARTICLE_INGESTED.equals(event.eventType)) {
                articles.add(event.articleId);
            }
        }
        progress.markUndeliverable(articles);
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
