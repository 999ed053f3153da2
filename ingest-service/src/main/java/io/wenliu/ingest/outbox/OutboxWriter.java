package io.wenliu.ingest.outbox;

import io.wenliu.ingest.events.EventJson;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.UUID;

/** Adds events to the outbox inside the caller's transaction. */
@ApplicationScoped
public class OutboxWriter {

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
        return event;
    }
}
