package io.wenliu.search.events;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.inject.Singleton;
import java.io.IOException;

/** Reads the bytes of an articles.enriched record into its envelope. */
@Singleton
public class EnrichedEventParser {

    /** The only {@code schemaVersion} of articles.enriched this service reads; others are dead-lettered. */
    static final int SCHEMA_VERSION = 1;

    private final ObjectMapper mapper;

    public EnrichedEventParser(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /** Parses and checks the envelope fields every event needs. */
    public EnrichedEvent parse(byte[] value) throws InvalidEventException {
        if (value == null || value.length == 0) {
            throw InvalidEventException.unreadable("empty record value", null);
        }
        EnrichedEvent event;
        try {
            event = mapper.readValue(value, EnrichedEvent.class);
        } catch (JsonProcessingException e) {
            throw InvalidEventException.unreadable("not a JSON event envelope: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw InvalidEventException.unreadable("unreadable record value: " + e.getMessage(), e);
        }
        if (event == null) {
            throw InvalidEventException.unreadable("record value is JSON null", null);
        }
        if (event.articleId() == null || event.articleId().isBlank()) {
            throw InvalidEventException.unreadable("missing articleId", null);
        }
        if (event.version() == null || event.version() < 0) {
            throw InvalidEventException.unreadable("missing or negative version", null);
        }
        if (event.payload() == null || !event.payload().isObject()) {
            throw InvalidEventException.unreadable("missing payload object", null);
        }
        if (event.schemaVersion() == null || event.schemaVersion() != SCHEMA_VERSION) {
            throw InvalidEventException.unsupportedVersion("unsupported schemaVersion " + event.schemaVersion() + " of "
                    + event.eventType() + ": this service reads schemaVersion " + SCHEMA_VERSION);
        }
        return event;
    }
}
