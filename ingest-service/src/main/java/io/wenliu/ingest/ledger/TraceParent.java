package io.wenliu.ingest.ledger;

import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.Context;
import java.util.HashMap;
import java.util.Map;

/** The W3C {@code traceparent} of the current span, stored with an outbox row and sent as the event's header. */
public final class TraceParent {

    /** Header name (W3C Trace Context). */
    public static final String HEADER = "traceparent";

    private TraceParent() {}

    /** {@code 00-<trace id>-<span id>-<flags>} of the current span, or null outside any trace. */
    public static String current() {
        Map<String, String> carrier = new HashMap<>();
        W3CTraceContextPropagator.getInstance().inject(Context.current(), carrier, Map::put);
        return carrier.get(HEADER);
    }
}
