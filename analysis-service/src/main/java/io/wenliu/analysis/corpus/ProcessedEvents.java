package io.wenliu.analysis.corpus;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** Remembers consumed event ids so a redelivered event is not processed twice. */
@ApplicationScoped
public class ProcessedEvents {

    /** Whether the event id was already processed. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean seen(String eventId) {
        return ProcessedEvent.findById(eventId) != null;
    }

    /** Records the event id (must run inside the caller's transaction). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(String eventId, String articleId, String eventType) {
        ProcessedEvent row = new ProcessedEvent();
        row.eventId = eventId;
        row.articleId = articleId;
        row.eventType = eventType;
        row.processedAt = OffsetDateTime.now(ZoneOffset.UTC);
        row.persist();
    }
}
