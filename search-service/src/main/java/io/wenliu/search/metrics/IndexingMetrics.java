package io.wenliu.search.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.inject.Singleton;
import java.util.concurrent.atomic.AtomicLong;

/** Counters and gauges of the indexing pipeline (bulk latency is timed by the bulk indexer). */
@Singleton
public class IndexingMetrics {

    private final Counter indexed;
    private final Counter deleted;
    private final Counter retries;
    private final Counter failures;
    private final AtomicLong lag = new AtomicLong();

    public IndexingMetrics(MeterRegistry registry) {
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
        this.failures = Counter.builder("wenliu.search.failures")
                .description("Events that could never be indexed and went to the dead-letter topic")
                .register(registry);
        Gauge.builder("wenliu.search.consumer.lag", lag, AtomicLong::get)
                .description("Records of articles.enriched not yet consumed by the live indexer")
                .register(registry);
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

    /** Counts an event sent to the dead-letter topic. */
    public void failed() {
        failures.increment();
    }

    /** Records the consumer lag last seen. */
    public void lag(long records) {
        lag.set(records);
    }
}
