package io.wenliu.analysis.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.opentelemetry.api.OpenTelemetry;
import io.wenliu.analysis.corpus.DocumentFrequencies;
import io.wenliu.analysis.events.IngestedEvent;
import io.wenliu.analysis.metrics.AnalysisMetrics;
import io.wenliu.analysis.pipeline.AnalyzerHolder;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.jboss.logging.MDC;
import org.junit.jupiter.api.Test;

/** Every log line about an event names its article, event and document (the "mdc" field of JSON logs). */
class EventHandlerLogContextTest {

    @Test
    void linesLoggedWhileHandlingAnEventCarryItsIdsAndNothingIsLeftBehind() {
        ObjectNode payload = new ObjectMapper().createObjectNode().put("documentId", "doc-7");
        IngestedEvent event =
                new IngestedEvent("event-1", "ArticleRenamed", 1, "a-42", "2026-11-30T10:00:00Z", 3L, payload);
        List<Map<String, Object>> contexts = new ArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                contexts.add(Map.copyOf(MDC.getMap()));
            }

            @Override
            public void flush() {}

            @Override
            public void close() {}
        };
        Logger logger = Logger.getLogger(EventHandler.class.getName());
        logger.addHandler(capture);
        try {
            new EventHandler(
                            new AnalyzerHolder(),
                            new AnalysisMetrics(new SimpleMeterRegistry()),
                            OpenTelemetry.noop().getTracer("test"),
                            50_000)
                    .handle(event, DocumentFrequencies.EMPTY);
        } finally {
            logger.removeHandler(capture);
        }

        assertThat(contexts)
                .isNotEmpty()
                .allSatisfy(mdc -> assertThat(mdc)
                        .containsEntry("articleId", "a-42")
                        .containsEntry("eventId", "event-1")
                        .containsEntry("documentId", "doc-7"));
        assertThat(contexts).allSatisfy(mdc -> assertThat(mdc).containsKey("traceId"));
        assertThat(MDC.getMap()).doesNotContainKeys("articleId", "eventId", "documentId", "traceId");
    }
}
