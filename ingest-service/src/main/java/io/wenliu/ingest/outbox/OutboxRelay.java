package io.wenliu.ingest.outbox;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import io.wenliu.ingest.config.IngestConfig;
import io.wenliu.ingest.events.EventTypes;
import io.wenliu.ingest.ledger.ArticleProgress;
import io.wenliu.ingest.metrics.IngestMetrics;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.jboss.logging.Logger;

/** Publishes unsent outbox rows to Kafka in order and marks them sent; retries with back-off while Kafka is down. */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    private static final Duration MAX_BACKOFF = Duration.ofSeconds(30);

    @Inject
    IngestConfig config;

    @Inject
    KafkaClients kafka;

    @Inject
    ArticleProgress progress;

    @Inject
    IngestMetrics metrics;

    private Instant nextAttempt = Instant.EPOCH;
    private Duration backoff = Duration.ZERO;

    @Scheduled(
            every = "${wenliu.ingest.outbox.poll-interval:500ms}",
            delayed = "1s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void poll() {
        if (Instant.now().isBefore(nextAttempt)) {
            return;
        }
        try {
            int sent;
            do {
                sent = relayBatch();
            } while (sent >= config.outbox().batchSize());
            if (!backoff.isZero()) {
                LOG.info("outbox relay: Kafka reachable again, backlog published");
            }
            backoff = Duration.ZERO;
        } catch (RuntimeException e) {
            backoff = backoff.isZero() ? Duration.ofSeconds(1) : min(backoff.multipliedBy(2), MAX_BACKOFF);
            nextAttempt = Instant.now().plus(backoff);
            LOG.warnf("outbox relay: publishing failed (%s), retrying in %ds", rootMessage(e), backoff.toSeconds());
        } finally {
            refreshBacklogMetrics();
        }
    }

    /** Publishes one batch of unsent rows in one transaction; returns how many were sent. */
    public int relayBatch() {
        return QuarkusTransaction.requiringNew().call(this::sendLockedBatch);
    }

    @SuppressWarnings("unchecked")
    private int sendLockedBatch() {
        List<OutboxEvent> batch = OutboxEvent.getEntityManager()
                .createNativeQuery(
                        "select * from outbox_event where sent_at is null order by id limit :n for update skip locked",
                        OutboxEvent.class)
                .setParameter("n", config.outbox().batchSize())
                .getResultList();
        if (batch.isEmpty()) {
            return 0;
        }
        List<Future<RecordMetadata>> futures = new ArrayList<>(batch.size());
        for (OutboxEvent event : batch) {
            futures.add(kafka.producer().send(OutboxRecordFactory.toRecord(event)));
        }
        Instant now = Instant.now();
        long deadline = System.nanoTime() + config.outbox().sendTimeout().toNanos();
        int sent = 0;
        for (int i = 0; i < batch.size(); i++) {
            OutboxEvent event = batch.get(i);
            try {
                futures.get(i).get(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            } catch (Exception e) {
                markFailed(batch.subList(i, batch.size()), e);
                if (sent == 0) {
                    throw new IllegalStateException("send failed: " + rootMessage(e), e);
                }
                return sent;
            }
            event.sentAt = now;
            event.attempts++;
            event.lastError = null;
            if (EventTypes.ARTICLE_INGESTED.equals(event.eventType)) {
                progress.markPublished(event.articleId, now);
                metrics.articlePublished();
            }
            sent++;
        }
        return sent;
    }

    private static void markFailed(List<OutboxEvent> events, Exception e) {
        for (OutboxEvent event : events) {
            event.attempts++;
            event.lastError = rootMessage(e);
        }
    }

    private void refreshBacklogMetrics() {
        try {
            Object[] row = QuarkusTransaction.requiringNew().call(() -> (Object[]) OutboxEvent.getEntityManager()
                    .createNativeQuery("select count(*), min(occurred_at) from outbox_event where sent_at is null")
                    .getSingleResult());
            long count = ((Number) row[0]).longValue();
            Instant oldest = row[1] == null ? null : toInstant(row[1]);
            metrics.outboxBacklog(
                    count,
                    oldest == null ? 0 : Duration.between(oldest, Instant.now()).toSeconds());
        } catch (RuntimeException e) {
            LOG.debugf("outbox backlog metrics unavailable: %s", e.getMessage());
        }
    }

    private static Instant toInstant(Object value) {
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value instanceof OffsetDateTime odt) {
            return odt.toInstant();
        }
        if (value instanceof Timestamp ts) {
            return ts.toInstant();
        }
        return Instant.parse(value.toString());
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getClass().getSimpleName() + ": " + t.getMessage();
    }
}
