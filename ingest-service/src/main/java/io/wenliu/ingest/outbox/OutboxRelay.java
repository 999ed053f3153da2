package io.wenliu.ingest.outbox;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.wenliu.ingest.config.IngestConfig;
import io.wenliu.ingest.ledger.OutboxCommitted;
import io.wenliu.ingest.ledger.OutboxEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;

/**
 * Publishes unsent outbox rows to Kafka in order and marks them sent, on its own thread: woken at once when a
 * transaction that wrote outbox rows commits, otherwise every {@code poll-interval}; retries with back-off while Kafka
 * is down. With several replicas, one relays at a time (a PostgreSQL advisory lock held for the batch's
 * transaction): two relays taking batches side by side could publish an article's later event before its earlier one.
 * This class decides when and whether to relay; {@link OutboxSender} sends a batch, {@link OutboxBacklogCounter}
 * counts what waits.
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
    ProducedTopics topics;

    @Inject
    OutboxSender sender;

    @Inject
    OutboxBacklogCounter backlog;

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

    /** Wakes the relay when a transaction that added outbox rows has committed. */
    void onCommitted(@Observes OutboxCommitted event) {
        wakeUp();
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
            OutboxSender.BatchResult result;
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

    /** One round in the transaction the caller began: the relay lock, then a batch if this replica holds it. */
    private OutboxSender.BatchResult sendLockedBatch() {
        boolean relaying = (Boolean) OutboxEvent.getEntityManager()
                .createNativeQuery("select pg_try_advisory_xact_lock(:key)")
                .setParameter("key", RELAY_LOCK)
                .getSingleResult();
        if (!relaying) {
            return new OutboxSender.BatchResult(0, null, true);
        }
        return sender.sendBatch();
    }

    private void refreshBacklogMetrics() {
        try {
            backlog.refresh();
        } catch (RuntimeException e) {
            LOG.debugf("outbox backlog metrics unavailable: %s", e.getMessage());
        }
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
