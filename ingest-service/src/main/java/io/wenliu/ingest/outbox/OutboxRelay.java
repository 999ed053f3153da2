package io.wenliu.ingest.outbox;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.wenliu.ingest.config.IngestConfig;
import io.wenliu.ingest.events.EventTypes;
import io.wenliu.ingest.ledger.ArticleProgress;
import io.wenliu.ingest.metrics.IngestMetrics;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.jboss.logging.Logger;

/**
 * Publishes unsent outbox rows to Kafka in order and marks them sent, on its own thread: woken at once when a
 * transaction that wrote outbox rows commits, otherwise every {@code poll-interval}; retries with back-off while Kafka
 * is down. With several replicas, one relays at a time (a PostgreSQL advisory lock held for the batch's
 * transaction): two relays taking batches side by side could publish an article's later event before its earlier one.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);

    /** The backlog gauges count unsent rows at most this often (a relay woken per commit would count per document). */
    private static final Duration BACKLOG_COUNT_INTERVAL = Duration.ofSeconds(1);
    /** The advisory lock key the relaying replica holds: "wenliu" in ASCII. */
    static final long RELAY_LOCK = 0x77656e6c6975L;
    /** How soon a replica asks again while another one relays (it may have just written rows the other missed). */
    private static final Duration BUSY_RETRY = Duration.ofMillis(250);

    @Inject
    IngestConfig config;

    @Inject
    KafkaClients kafka;

    @Inject
    ArticleProgress progress;

    @Inject
    IngestMetrics metrics;

    @Inject
    ProducedTopics topics;

    private final Semaphore wakeUps = new Semaphore(0);
    private volatile boolean running;
    private Thread thread;
    private Instant nextAttempt = Instant.EPOCH;
    private Instant nextBacklogCount = Instant.EPOCH;
    private Duration backoff = Duration.ZERO;

    void start(@Observes StartupEvent event) {
        running = true;
        thread = new Thread(this::run, "outbox-relay");
        thread.setDaemon(true);
        thread.start();
    }

    void stop(@Observes ShutdownEvent event) throws InterruptedException {
        running = false;
        wakeUps.release();
        if (thread != null) {
            thread.join(TimeUnit.SECONDS.toMillis(10));
        }
    }

    /** Asks the relay to look for unsent rows now (wake-ups that arrive while it works coalesce into one). */
    public void wakeUp() {
        if (wakeUps.availablePermits() == 0) {
            wakeUps.release();
        }
    }

    private void run() {
        while (running) {
            try {
                wakeUps.tryAcquire(nextWaitMillis(), TimeUnit.MILLISECONDS);
                wakeUps.drainPermits();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            if (running) {
                poll();
            }
        }
    }

    /**
     * The poll interval, or less while backing off so that the next attempt starts on time: rounded up, since a wait
     * that ends a fraction of a millisecond early finds the attempt not yet due and would then wait a whole interval.
     */
    private long nextWaitMillis() {
        long interval = config.outbox().pollInterval().toMillis();
        Duration untilNextAttempt = Duration.between(Instant.now(), nextAttempt);
        if (untilNextAttempt.isNegative() || untilNextAttempt.isZero()) {
            return interval;
        }
        return Math.min(interval, untilNextAttempt.plusNanos(999_999).toMillis());
    }

    void poll() {
        if (Instant.now().isBefore(nextAttempt) || !topics.created()) {
            return;
        }
        try {
            BatchResult result;
            do {
                result = QuarkusTransaction.requiringNew().call(this::sendLockedBatch);
                if (result.failure() != null) {
                    throw new IllegalStateException(result.failure());
                }
            } while (result.sent() >= config.outbox().batchSize());
            if (result.anotherReplicaRelays()) {
                nextAttempt = Instant.now().plus(BUSY_RETRY);
                return;
            }
            if (!backoff.isZero()) {
                LOG.info("outbox relay: Kafka reachable again, backlog published");
            }
            backoff = Duration.ZERO;
        } catch (RuntimeException e) {
            backoff = backoff.isZero()
                    ? Duration.ofSeconds(1)
                    : min(backoff.multipliedBy(2), config.outbox().maxBackoff());
            nextAttempt = Instant.now().plus(backoff);
            LOG.warnf("outbox relay: %s; retrying in %ds", rootMessage(e), backoff.toSeconds());
        } finally {
            if (Instant.now().isAfter(nextBacklogCount)) {
                refreshBacklogMetrics();
                nextBacklogCount = Instant.now().plus(BACKLOG_COUNT_INTERVAL);
            }
        }
    }

    /** How a relay round went: rows sent, the error that stopped it, if any, or that another replica relays. */
    private record BatchResult(int sent, String failure, boolean anotherReplicaRelays) {
        BatchResult(int sent, String failure) {
            this(sent, failure, false);
        }
    }

    @SuppressWarnings("unchecked")
    private BatchResult sendLockedBatch() {
        boolean relaying = (Boolean) OutboxEvent.getEntityManager()
                .createNativeQuery("select pg_try_advisory_xact_lock(:key)")
                .setParameter("key", RELAY_LOCK)
                .getSingleResult();
        if (!relaying) {
            return new BatchResult(0, null, true);
        }
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
                failure = "send failed: " + rootMessage(e);
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
        OutboxEvent.update("sentAt = ?1, attempts = attempts + 1, lastError = null where id in ?2", now, ids);
        progress.markPublished(articles, now);
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
