package io.wenliu.ingest.outbox;

import io.quarkus.scheduler.Scheduled;
import io.wenliu.ingest.config.IngestConfig;
import io.wenliu.ingest.ledger.OutboxEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import org.jboss.logging.Logger;

/** Deletes published outbox rows older than the retention; versions stay monotonic (they come from a sequence). */
@ApplicationScoped
public class OutboxPurger {

    private static final Logger LOG = Logger.getLogger(OutboxPurger.class);

    @Inject
    IngestConfig config;

    @Scheduled(every = "1h", delayed = "1m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduledPurge() {
        purge();
    }

    /** Deletes published rows older than the retention; returns how many. */
    @Transactional
    public long purge() {
        long deleted = OutboxEvent.delete(
                "sentAt is not null and sentAt < ?1",
                Instant.now().minus(config.outbox().retention()));
        if (deleted > 0) {
            LOG.infof(
                    "outbox: purged %d published event(s) older than %s",
                    deleted, config.outbox().retention());
        }
        return deleted;
    }
}
