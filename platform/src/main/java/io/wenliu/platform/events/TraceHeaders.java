package io.wenliu.platform.events;

import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.Context;
import io.smallrye.reactive.messaging.kafka.tracing.KafkaTrace;
import io.smallrye.reactive.messaging.kafka.tracing.KafkaTraceTextMapGetter;
import io.smallrye.reactive.messaging.kafka.tracing.KafkaTraceTextMapSetter;
import org.apache.kafka.common.header.Headers;

/**
 * The W3C trace context in Kafka record headers, read and written by the services themselves (the connector's own
 * tracing is off on their channels).
 */
public final class TraceHeaders {

    private TraceHeaders() {}

    /** The trace a record came in (its {@code traceparent} header), as the parent of the work done on it. */
    public static Context extract(Headers headers) {
        return W3CTraceContextPropagator.getInstance()
                .extract(
                        Context.root(),
                        new KafkaTrace.Builder().withHeaders(headers).build(),
                        KafkaTraceTextMapGetter.INSTANCE);
    }

    /** Writes {@code trace}'s {@code traceparent} (and {@code tracestate}) into {@code headers}. */
    public static void inject(Context trace, Headers headers) {
        W3CTraceContextPropagator.getInstance()
                .inject(trace, new KafkaTrace.Builder().withHeaders(headers).build(), KafkaTraceTextMapSetter.INSTANCE);
    }
}
