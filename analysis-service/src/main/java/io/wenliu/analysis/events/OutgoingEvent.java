package io.wenliu.analysis.events;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.opentelemetry.context.Context;

/** The versioned envelope of every event this service produces. */
@JsonPropertyOrder({"eventId", "eventType", "schemaVersion", "articleId", "occurredAt", "version", "payload"})
public record OutgoingEvent(
        String eventId,
        String eventType,
        int schemaVersion,
        String articleId,
        String occurredAt,
        Long version,
        Object payload,
        @JsonIgnore Context trace) {

    /** The same event, sent in {@code trace} (its traceparent header; not part of the JSON). */
    public OutgoingEvent inTrace(Context trace) {
        return new OutgoingEvent(eventId, eventType, schemaVersion, articleId, occurredAt, version, payload, trace);
    }

    /** CloudEvents {@code ce_type} of this event. */
    public String cloudEventType() {
        return "io.wenliu." + eventType + ".v" + schemaVersion;
    }
}
