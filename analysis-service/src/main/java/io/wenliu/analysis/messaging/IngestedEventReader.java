package io.wenliu.analysis.messaging;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.wenliu.analysis.events.IngestedEvent;
import jakarta.enterprise.context.ApplicationScoped;

/** Reads an {@code articles.ingested} record value into an event, or says why it cannot. */
@ApplicationScoped
public class IngestedEventReader {

    private final ObjectMapper mapper;

    public IngestedEventReader(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /** The only {@code schemaVersion} of articles.ingested this service reads. */
    static final int SCHEMA_VERSION = 1;

    /**
     * The event; throws {@link InvalidEventException} for an empty value, bad JSON, a missing id or a {@code
     * schemaVersion} other than {@link #SCHEMA_VERSION} (a newer producer's events are dead-lettered with that reason,
     * not misread).
     */
    public IngestedEvent read(String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidEventException("empty record value", null);
        }
        IngestedEvent event;
        try {
            event = mapper.readValue(value, IngestedEvent.class);
        } catch (Exception e) {
            throw new InvalidEventException(
                    "not an event envelope (" + e.getClass().getSimpleName() + ")", e);
        }
        if (event.eventId() == null
                || event.articleId() == null
                || event.eventType() == null
                || event.payload() == null) {
            throw new InvalidEventException("envelope lacks eventId, articleId, eventType or payload", null);
        }
        if (event.schemaVersion() == null || event.schemaVersion() != SCHEMA_VERSION) {
            throw InvalidEventException.unsupportedVersion("unsupported schemaVersion " + event.schemaVersion() + " of "
                    + event.eventType() + ": this service reads schemaVersion " + SCHEMA_VERSION);
        }
        return event;
    }
}
