package io.wenliu.search.messaging;

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
            throw new InvalidEventException("empty record value");
        }
        EnrichedEvent event;
        try {
            event = mapper.readValue(value, EnrichedEvent.class);
        } catch (JsonProcessingException e) {
            throw new InvalidEventException("not a JSON event envelope: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new InvalidEventException("unreadable record value: " + e.getMessage(), e);
        }
        if (event == null) {
            throw new InvalidEventException("record value is JSON null");
        }
        if (event.articleId() == null || event.articleId().isBlank()) {
            throw new InvalidEventException("missing articleId");
        }
        if (event.version() == null || event.version() < 0) {
            throw new InvalidEventException("missing or negative version");
        }
        if (event.payload() == null || !event.payload().isObject()) {
            throw new InvalidEventException("missing payload object");
        }
        if (event.schemaVersion() == null || event.schemaVersion() != SCHEMA_VERSION) {
            throw new InvalidEventException("unsupported schemaVersion " + event.schemaVersion() + " of "
                    + event.eventType() + ": this service reads schemaVersion " + SCHEMA_VERSION);
        }
        return event;
    }
}
