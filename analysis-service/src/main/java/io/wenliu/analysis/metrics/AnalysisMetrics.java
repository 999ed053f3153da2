package io.wenliu.analysis.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.List;

/** The analysis service's own metrics (prefix {@code wenliu.analysis}). */
@ApplicationScoped
public class AnalysisMetrics {

    private final MeterRegistry registry;
    private final Timer queue;
    private final Timer enrichment;
    private final Counter articles;

    public AnalysisMetrics(MeterRegistry registry) {
        this.registry = registry;
        this.queue = Timer.builder("wenliu.analysis.queue")
                .description("Time an articles.ingested record waited between its Kafka timestamp and its enrichment")
                .publishPercentileHistogram()
                .register(registry);
        this.enrichment = Timer.builder("wenliu.analysis.enrichment")
                .description("Enrichment time of one article (segmentation, entities, keywords, summary)")
                .publishPercentileHistogram()
                .register(registry);
        this.articles = Counter.builder("wenliu.analysis.articles")
                .description("Articles enriched and published on articles.enriched")
                .register(registry);
        List.of("unreadable", "unsupported_version", "invalid").forEach(this::deadLetters);
        RetryReason.ALL.forEach(this::retries);
    }

    /** A record written at {@code recordTimestampMillis} is taken up at {@code nowMillis}. */
    public void queued(long recordTimestampMillis, long nowMillis) {
        if (recordTimestampMillis > 0) {
            queue.record(Duration.ofMillis(Math.max(0, nowMillis - recordTimestampMillis)));
        }
    }

    /** One article took {@code nanos} to enrich. */
    public void enriched(long nanos) {
        enrichment.record(Duration.ofNanos(nanos));
    }

    /** {@code count} enriched articles were published. */
    public void published(int count) {
        articles.increment(count);
    }

    /** A record went to the dead-letter topic; {@code kind}: unreadable, unsupported_version or invalid. */
    public void deadLettered(String kind) {
        deadLetters(kind).increment();
    }

    private Counter deadLetters(String kind) {
        return Counter.builder("wenliu.analysis.dead.letters")
                .description("Records sent to articles.ingested.dlq, by kind of reason")
                .tag("reason", kind)
                .register(registry);
    }

    /** A batch failed for a transient reason ({@code failure}) and will be tried again. */
    public void retried(Throwable failure) {
        retries(RetryReason.of(failure)).increment();
    }

    private Counter retries(String reason) {
        return Counter.builder("wenliu.analysis.retries")
                .description("Batches tried again after a transient failure, by what failed (database, broker, other)")
                .tag("reason", reason)
                .register(registry);
    }
}
