package io.wenliu.analysis.messaging;

import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.smallrye.reactive.messaging.kafka.tracing.KafkaTrace;
import io.smallrye.reactive.messaging.kafka.tracing.KafkaTraceTextMapSetter;
import io.wenliu.analysis.events.EnrichedEvents;
import io.wenliu.analysis.events.OutgoingEvent;
import java.nio.charset.StandardCharsets;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;

/** CloudEvents binary-mode Kafka headers for an outgoing event. */
public final class CloudEventHeaders {
    private CloudEventHeaders() {}

    /** The ce_* and content-type headers of the event. */
    public static Headers of(OutgoingEvent event) {
        RecordHeaders headers = new RecordHeaders();
        add(headers, "ce_id", event.eventId());
        add(headers, "ce_type", event.cloudEventType());
        add(headers, "ce_source", EnrichedEvents.SOURCE);
        add(headers, "ce_specversion", "1.0");
        add(headers, "ce_time", event.occurredAt());
        add(headers, "content-type", "application/json");
        if (event.trace() != null) {
            W3CTraceContextPropagator.getInstance()
                    .inject(
                            event.trace(),
                            new KafkaTrace.Builder().withHeaders(headers).build(),
                            KafkaTraceTextMapSetter.INSTANCE);
        }
        return headers;
    }

    static void add(RecordHeaders headers, String name, String value) {
        headers.add(name, value == null ? null : value.getBytes(StandardCharsets.UTF_8));
    }
}
