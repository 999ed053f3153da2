package io.wenliu.platform.events;

import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.Context;
import io.smallrye.reactive.messaging.kafka.tracing.KafkaTrace;
import io.smallrye.reactive.messaging.kafka.tracing.KafkaTraceTextMapSetter;
import org.apache.kafka.common.header.Headers;

/** The W3C trace context of an outgoing record, written by the services that set it themselves (connector tracing off). */
public final class TraceHeaders {

    private TraceHeaders() {}

    /** Writes {@code trace}'s {@code traceparent} (and {@code tracestate}) into {@code headers}. */
    public static void inject(Context trace, Headers headers) {
        W3CTraceContextPropagator.getInstance()
                .inject(trace, new KafkaTrace.Builder().withHeaders(headers).build(), KafkaTraceTextMapSetter.INSTANCE);
    }
}
