package io.wenliu.ingest.outbox;

import io.wenliu.ingest.events.EventJson;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.UUID;

/** Adds events to the outbox inside the caller's transaction and wakes the relay once that transaction commits. */
@ApplicationScoped
public class OutboxWriter {

    private static final Object WAKE_UP_REGISTERED = new Object();

    @Inject
    TransactionSynchronizationRegistry transactions;

    @Inject
    OutboxRelay relay;

    /** Queues one event for an article; must join an existing transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public OutboxEvent add(String eventType, String articleId, Object payload, Instant occurredAt) {
        OutboxEvent event = new OutboxEvent();
        event.eventId = UUID.randomUUID();
        event.eventType = eventType;
        event.articleId = articleId;
        event.occurredAt = occurredAt;
        event.payload = EventJson.write(payload);
        event.persist();
        wakeRelayAfterCommit();
        return event;
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
                    relay.wakeUp();
                }
            }
        });
    }
}
