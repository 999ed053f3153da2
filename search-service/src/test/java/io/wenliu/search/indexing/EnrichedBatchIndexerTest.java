package io.wenliu.search.indexing;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.opentelemetry.api.OpenTelemetry;
import io.wenliu.search.TestObjects;
import io.wenliu.search.events.EnrichedEventParser;
import io.wenliu.search.index.ActionResult;
import io.wenliu.search.index.ActionResult.Outcome;
import io.wenliu.search.index.BulkWriter;
import io.wenliu.search.index.InFlightWrites;
import io.wenliu.search.index.IndexAction;
import io.wenliu.search.metrics.IndexingMetrics;
import io.wenliu.search.support.EnrichedEvents;
import java.io.IOException;
import java.net.ConnectException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** Retry behaviour of one batch while OpenSearch is down or overloaded (rebuild mode: no Kafka publishing). */
class EnrichedBatchIndexerTest {

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();

    private EnrichedBatchIndexer createObjectUnderTest(BulkWriter bulk) {
        return new EnrichedBatchIndexer(
                new EnrichedEventParser(TestObjects.mapper()),
                new ArticleDocumentMapper(
                        TestObjects.mapper(), TestObjects.segmenter(), java.time.Clock.systemUTC(), 0.5),
                bulk,
                new InFlightWrites(),
                null,
                new IndexingMetrics(registry),
                null,
                Duration.ofMillis(1),
                Duration.ofMillis(5),
                OpenTelemetry.noop().getTracer("test"));
    }

    private static List<ConsumerRecord<String, byte[]>> records(int n) {
        List<ConsumerRecord<String, byte[]>> records = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String json = EnrichedEvents.enriched("a-" + i, i + 1, "标题", "正文", "测试", null, List.of(), List.of());
            records.add(
                    new ConsumerRecord<>("articles.enriched", 0, i, "a-" + i, json.getBytes(StandardCharsets.UTF_8)));
        }
        return records;
    }

    @Test
    void retriesUntilOpenSearchIsBackAndOnlyThenReturns() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        List<IndexAction> applied = new ArrayList<>();
        BulkWriter flaky = (actions, indices) -> {
            if (calls.incrementAndGet() <= 3) {
                throw new ConnectException("Connection refused");
            }
            applied.addAll(actions);
            return actions.stream()
                    .map(a -> new ActionResult(a, Outcome.DONE, null))
                    .toList();
        };
        createObjectUnderTest(flaky).index(records(3), () -> List.of("articles-v1"), false);

        assertThat(calls).hasValue(4);
        assertThat(applied).extracting(IndexAction::articleId).containsExactly("a-0", "a-1", "a-2");
        assertThat(registry.get("wenliu.search.retries").counter().count()).isEqualTo(3);
        assertThat(registry.get("wenliu.search.documents")
                        .tag("operation", "index")
                        .counter()
                        .count())
                .isEqualTo(3);
    }

    @Test
    void retriesOnlyTheItemsOpenSearchRejectedForOverload() throws Exception {
        List<List<String>> attempts = new ArrayList<>();
        BulkWriter overloaded = (actions, indices) -> {
            attempts.add(actions.stream().map(IndexAction::articleId).toList());
            List<ActionResult> results = new ArrayList<>();
            for (IndexAction a : actions) {
                boolean reject = attempts.size() == 1 && a.articleId().equals("a-1");
                results.add(new ActionResult(a, reject ? Outcome.RETRY : Outcome.DONE, reject ? "429" : null));
            }
            return results;
        };

        createObjectUnderTest(overloaded).index(records(3), () -> List.of("articles-v1"), false);

        assertThat(attempts).containsExactly(List.of("a-0", "a-1", "a-2"), List.of("a-1"));
    }

    @Test
    void writesEveryActionToEveryTargetIndexReadAgainPerAttempt() throws Exception {
        List<List<String>> targetsSeen = new ArrayList<>();
        AtomicInteger calls = new AtomicInteger();
        BulkWriter writer = (actions, indices) -> {
            targetsSeen.add(indices);
            if (calls.incrementAndGet() == 1) {
                throw new IOException("timeout");
            }
            return actions.stream()
                    .map(a -> new ActionResult(a, Outcome.DONE, null))
                    .toList();
        };
        List<List<String>> targets =
                new ArrayList<>(List.of(List.of("articles-v1"), List.of("articles-v1", "articles-v2")));

        createObjectUnderTest(writer)
                .index(records(1), () -> targets.size() > 1 ? targets.remove(0) : targets.get(0), false);

        assertThat(targetsSeen).containsExactly(List.of("articles-v1"), List.of("articles-v1", "articles-v2"));
    }
}
