package io.wenliu.analysis.events;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** The versioned envelope of every event this service produces. */
@JsonPropertyOrder({"eventId", "eventType", "schemaVersion", "articleId", "occurredAt", "version", "payload"})
public record OutgoingEvent(
        String eventId,
        String eventType,
        int schemaVersion,
        String articleId,
        String occurredAt,
        Long version,
        Object payload) {

    /** CloudEvents {@code ce_type} of this event. */
    public String cloudEventType() {
        return "io.wenliu." + eventType + ".v" + schemaVersion;
    }
}
