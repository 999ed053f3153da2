package io.wenliu.ingest.ledger;

import io.wenliu.ingest.events.EventJson;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Adds events to the outbox inside the caller's transaction and announces {@link OutboxCommitted} once that
 * transaction commits, which wakes the relay.
 */
@ApplicationScoped
public class OutboxWriter {

    private static final Object WAKE_UP_REGISTERED = new Object();
    /** Ids are drawn from the sequence one row at a time, in the order of the batch, like the entity's generator. */
    private static final String INSERT = "insert into outbox_event"
            + " (id, event_id, event_type, article_id, occurred_at, payload, attempts, trace_parent)"
            + " values (nextval('outbox_event_seq'), ?, ?, ?, ?, ?, 0, ?)";

    @Inject
    TransactionSynchronizationRegistry transactions;

    @Inject
    Event<OutboxCommitted> committed;

    /** Queues one event for an article; must join an existing transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public OutboxEvent add(String eventType, String articleId, Object payload, Instant occurredAt) {
        OutboxEvent event = new OutboxEvent();
        event.eventId = UUID.randomUUID();
        event.eventType = eventType;
        event.articleId = articleId;
        event.occurredAt = occurredAt;
        event.payload = EventJson.write(payload);
        event.traceParent = TraceParent.current();
        event.persist();
        wakeRelayAfterCommit();
        return event;
    }

    /**
     * Queues events with one batched statement on {@code connection}, which must belong to the current transaction (a
     * data source connection taken inside it); writes the same rows as {@link #add}.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void addAll(Connection connection, List<PendingEvent> events) throws SQLException {
        if (events.isEmpty()) {
            return;
        }
        String traceParent = TraceParent.current();
        try (PreparedStatement statement = connection.prepareStatement(INSERT)) {
            for (PendingEvent event : events) {
                statement.setObject(1, UUID.randomUUID());
                statement.setString(2, event.eventType());
                statement.setString(3, event.articleId());
                statement.setTimestamp(4, Timestamp.from(event.occurredAt()));
                statement.setString(5, EventJson.write(event.payload()));
                statement.setString(6, traceParent);
                statement.addBatch();
            }
            statement.executeBatch();
        }
        wakeRelayAfterCommit();
    }

    private void wakeRelayAfterCommit() {
        if (transactions.getResource(WAKE_UP_REGISTERED) != null) {
            return;
        }
        transactions.putResource(WAKE_UP_REGISTERED, Boolean.TRUE);
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {}

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    committed.fire(new OutboxCommitted());
                }
            }
        });
    }
}
