package io.wenliu.ingest.events;

import java.time.Instant;
import java.util.UUID;

/** The envelope every event on articles.ingested is wrapped in (schema version 1). */
public record EventEnvelope<P>(
        UUID eventId,
        String eventType,
        int schemaVersion,
        String articleId,
        Instant occurredAt,
        long version,
        P payload) {}
