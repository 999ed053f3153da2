package io.wenliu.ingest.outbox;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.wenliu.ingest.ledger.OutboxEvent;
import io.wenliu.ingest.metrics.IngestMetrics;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;

/** Counts the unsent outbox rows and the age of the oldest for the backlog gauges (which readiness reads). */
@ApplicationScoped
class OutboxBacklogCounter {

    @Inject
    IngestMetrics metrics;

    /** Counts in a transaction of its own and sets the gauges; a failure (e.g. the database is down) propagates. */
    void refresh() {
        Object[] row = QuarkusTransaction.requiringNew().call(() -> (Object[]) OutboxEvent.getEntityManager()
                .createNativeQuery(
                        "select count(*), min(occurred_at) from outbox_event where sent_at is null and given_up_at is null")
                .getSingleResult());
        long count = ((Number) row[0]).longValue();
        Instant oldest = row[1] == null ? null : toInstant(row[1]);
        metrics.outboxBacklog(
                count,
                oldest == null ? 0 : Duration.between(oldest, Instant.now()).toSeconds());
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
}
