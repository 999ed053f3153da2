package io.wenliu.platform.events;

import static org.assertj.core.api.Assertions.assertThat;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.TraceFlags;
import io.opentelemetry.api.trace.TraceState;
import io.opentelemetry.context.Context;
import java.nio.charset.StandardCharsets;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.junit.jupiter.api.Test;

class TraceHeadersTest {

    private static final SpanContext SPAN = SpanContext.create(
            "4bf92f3577b34da6a3ce929d0e0e4736", "00f067aa0ba902b7", TraceFlags.getSampled(), TraceState.getDefault());

    @Test
    void writesTheTraceparentOfTheSpanInTheContext() {
        RecordHeaders headers = new RecordHeaders();

        TraceHeaders.inject(Context.root().with(Span.wrap(SPAN)), headers);

        assertThat(new String(headers.lastHeader("traceparent").value(), StandardCharsets.UTF_8))
                .isEqualTo("00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01");
    }

    @Test
    void readsBackTheTraceItWrote() {
        RecordHeaders headers = new RecordHeaders();
        TraceHeaders.inject(Context.root().with(Span.wrap(SPAN)), headers);

        SpanContext read = Span.fromContext(TraceHeaders.extract(headers)).getSpanContext();

        assertThat(read.getTraceId()).isEqualTo("4bf92f3577b34da6a3ce929d0e0e4736");
        assertThat(read.getSpanId()).isEqualTo("00f067aa0ba902b7");
        assertThat(read.isRemote()).isTrue();
    }

    @Test
    void writesNothingWithoutASpan() {
        RecordHeaders headers = new RecordHeaders();

        TraceHeaders.inject(Context.root(), headers);

        assertThat(headers.lastHeader("traceparent")).isNull();
    }
}
