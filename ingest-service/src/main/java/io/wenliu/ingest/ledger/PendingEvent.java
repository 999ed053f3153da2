package io.wenliu.ingest.ledger;

import java.time.Instant;

/** An event to queue in the outbox: its type, the article it is about, its payload record and when it happened. */
public record PendingEvent(String eventType, String articleId, Object payload, Instant occurredAt) {}
