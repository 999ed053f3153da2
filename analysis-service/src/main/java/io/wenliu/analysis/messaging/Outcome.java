package io.wenliu.analysis.messaging;

import io.opentelemetry.context.Context;
import io.wenliu.analysis.corpus.HandledEvent;
import io.wenliu.analysis.events.OutgoingEvent;

/**
 * What handling one ingested event produced: an event to publish and what to record, only something to record (an
 * unknown event type), or a failure that sends the record to the dead-letter topic.
 */
record Outcome(OutgoingEvent output, HandledEvent handled, String failure, Throwable cause) {

    static Outcome publish(OutgoingEvent output, HandledEvent handled) {
        return new Outcome(output, handled, null, null);
    }

    static Outcome recordOnly(HandledEvent handled) {
        return new Outcome(null, handled, null, null);
    }

    static Outcome failed(String failure, Throwable cause) {
        return new Outcome(null, null, failure, cause);
    }

    /** The outcome with its output sent in {@code trace}. */
    Outcome inTrace(Context trace) {
        return output == null ? this : new Outcome(output.inTrace(trace), handled, failure, cause);
    }

    boolean isFailure() {
        return failure != null;
    }
}
