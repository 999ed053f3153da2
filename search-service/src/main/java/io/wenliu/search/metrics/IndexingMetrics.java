package io.wenliu.search.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.List;

/** Counters and timers of the indexing pipeline (bulk latency is timed by the bulk indexer). */
@Singleton
public class IndexingMetrics {

    private final MeterRegistry registry;
    private final Counter indexed;
    private final Counter deleted;
    private final Counter retries;
    private final Timer queue;
    private final Timer refresh;

    public IndexingMetrics(MeterRegistry registry) {
        this.registry = registry;
        this.indexed = Counter.builder("wenliu.search.documents")
                .tag("operation", "index")
                .description("Documents written to OpenSearch")
                .register(registry);
        this.deleted = Counter.builder("wenliu.search.documents")
                .tag("operation", "delete")
                .description("Documents written to OpenSearch")
                .register(registry);
        this.retries = Counter.builder("wenliu.search.retries")
                .description("Bulk attempts retried after OpenSearch or Kafka failures")
                .register(registry);
        this.queue = Timer.builder("wenliu.search.queue")
                .description("Time an articles.enriched record waited between its Kafka timestamp and its indexing")
                .publishPercentileHistogram()
                .register(registry);
        this.refresh = Timer.builder("wenliu.search.refresh")
                .description("Time to make a written batch visible to searches (index refresh)")
                .publishPercentileHistogram()
                .register(registry);
        List.of("unreadable", "unsupported_version", "invalid").forEach(this::deadLetters);
    }

    /** Counts a document indexed. */
    public void indexed() {
        indexed.increment();
    }

    /** Counts a document deleted. */
    public void deleted() {
        deleted.increment();
    }

    /** Counts a retry. */
    public void retried() {
        retries.increment();
    }

    /** A record could never be indexed and went to the dead-letter topic; {@code kind}: see InvalidEventException. */
    public void deadLettered(String kind) {
        deadLetters(kind).increment();
    }

    private Counter deadLetters(String kind) {
        return Counter.builder("wenliu.search.dead.letters")
                .description("Records sent to articles.enriched.dlq, by kind of reason")
                .tag("reason", kind)
                .register(registry);
    }

    /** A record written at {@code recordTimestampMillis} is taken up at {@code nowMillis}. */
    public void queued(long recordTimestampMillis, long nowMillis) {
        if (recordTimestampMillis > 0) {
            queue.record(Duration.ofMillis(Math.max(0, nowMillis - recordTimestampMillis)));
        }
    }

    /** A refresh took {@code nanos}. */
    public void refreshed(long nanos) {
        refresh.record(Duration.ofNanos(nanos));
    }
}
