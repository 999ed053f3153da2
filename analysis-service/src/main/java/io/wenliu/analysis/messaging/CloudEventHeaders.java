package io.wenliu.analysis.messaging;

import io.wenliu.analysis.events.EnrichedEvents;
import io.wenliu.analysis.events.OutgoingEvent;
import io.wenliu.platform.events.CloudEvents;
import io.wenliu.platform.events.TraceHeaders;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;

/** The Kafka headers of an outgoing event: CloudEvents (binary mode) and the W3C trace context it belongs to. */
public final class CloudEventHeaders {
    private CloudEventHeaders() {}

    /** The ce_* and content-type headers of the event. */
    public static Headers of(OutgoingEvent event) {
        RecordHeaders headers = new RecordHeaders();
        CloudEvents.addHeaders(
                headers, event.eventId(), event.cloudEventType(), EnrichedEvents.SOURCE, event.occurredAt());
        if (event.trace() != null) {
            TraceHeaders.inject(event.trace(), headers);
        }
        return headers;
    }
}
