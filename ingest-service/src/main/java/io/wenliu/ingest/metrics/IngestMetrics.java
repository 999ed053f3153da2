package io.wenliu.ingest.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.wenliu.ingest.events.Topics;
import io.wenliu.ingest.ledger.DocumentOrigin;
import io.wenliu.ingest.ledger.FailureReason;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/** The service's Micrometer meters (exposed at /q/metrics). */
@ApplicationScoped
public class IngestMetrics {

    private final MeterRegistry registry;
    private final Timer detection;
    private final Timer processing;
    private final Timer relayLag;
    private final Timer receivedToIndexed;
    private final AtomicLong outboxBacklog = new AtomicLong();
    private final AtomicLong outboxOldestAgeSeconds = new AtomicLong();

    public IngestMetrics(MeterRegistry registry) {
        this.registry = registry;
        this.detection = Timer.builder("wenliu.ingest.detection")
                .description("Time from a dropped file's last modification to its claim")
                .publishPercentileHistogram()
                .register(registry);
        this.processing = Timer.builder("wenliu.ingest.processing")
                .description("Time from a document's claim to its articles and outbox events committed, file moved")
                .publishPercentileHistogram()
                .register(registry);
        this.relayLag = Timer.builder("wenliu.ingest.relay.lag")
                .description("Time from an outbox event's commit to its acknowledgement by Kafka")
                .publishPercentileHistogram()
                .register(registry);
        for (String topic : List.of(Topics.ARTICLES_ENRICHED, Topics.ARTICLES_INDEXED)) {
            List.of("unreadable", "unsupported_version").forEach(kind -> deadLetters(topic, kind));
        }
        counter("wenliu.ingest.document.retries");
        this.receivedToIndexed = Timer.builder("wenliu.ingest.end.to.end")
                .description(
                        "Time from a document's receipt to one of its articles being searchable (each article once)")
                .publishPercentileHistogram()
                .register(registry);
        Gauge.builder("wenliu.ingest.outbox.backlog", outboxBacklog, AtomicLong::get)
                .description("Outbox events not yet published")
                .register(registry);
        Gauge.builder("wenliu.ingest.outbox.oldest.age.seconds", outboxOldestAgeSeconds, AtomicLong::get)
                .description("Age of the oldest unpublished outbox event")
                .register(registry);
    }

    /** An article became searchable {@code sinceReceived} after its document was received. */
    public void receivedToIndexed(Duration sinceReceived) {
        receivedToIndexed.record(sinceReceived.isNegative() ? Duration.ZERO : sinceReceived);
    }

    /** A document was received (dropped or uploaded). */
    public void fileSeen(DocumentOrigin origin) {
        counter("wenliu.ingest.files.seen", "origin", origin.name()).increment();
    }

    /** A dropped file was claimed {@code sinceModified} after its last modification. */
    public void detected(Duration sinceModified) {
        detection.record(sinceModified.isNegative() ? Duration.ZERO : sinceModified);
    }

    /** A document was processed in {@code nanos}. */
    public void processed(long nanos) {
        processing.record(Duration.ofNanos(nanos));
    }

    /** An outbox event was acknowledged {@code lag} after it was committed. */
    public void relayed(Duration lag) {
        relayLag.record(lag.isNegative() ? Duration.ZERO : lag);
    }

    /** An ArticleIngested event reached Kafka. */
    public void articlePublished() {
        counter("wenliu.ingest.articles.published").increment();
    }

    /** An article was recognised as a duplicate. */
    public void duplicate() {
        counter("wenliu.ingest.duplicates").increment();
    }

    /** A document failed. */
    public void failure(FailureReason reason) {
        counter("wenliu.ingest.failures", "reason", reason.name()).increment();
    }

    /** A document left claimed for the next rescan because a step failed (the database unreachable, say). */
    public void documentRetried() {
        counter("wenliu.ingest.document.retries").increment();
    }

    /** A status record from {@code topic} could not be read and went to the dead-letter topic ({@code kind}: why). */
    public void statusDeadLettered(String topic, String kind) {
        deadLetters(topic, kind).increment();
    }

    private Counter deadLetters(String topic, String kind) {
        return Counter.builder("wenliu.ingest.dead.letters")
                .description("Status records sent to articles.status.dlq, by original topic and kind of reason")
                .tag("topic", topic)
                .tag("reason", kind)
                .register(registry);
    }

    /** A status record from {@code topic} was about an article the ledger does not know, and was ignored. */
    public void statusOfUnknownArticle(String topic) {
        counter("wenliu.ingest.status.unknown.articles", "topic", topic).increment();
    }

    /** Updates the outbox gauges. */
    public void outboxBacklog(long count, long oldestAgeSeconds) {
        outboxBacklog.set(count);
        outboxOldestAgeSeconds.set(oldestAgeSeconds);
    }

    /** Outbox rows not yet published, and the age in seconds of the oldest. */
    public record OutboxBacklog(long events, long oldestSeconds) {}

    /** The outbox backlog as last counted (the relay counts it every second). */
    public OutboxBacklog outboxBacklog() {
        return new OutboxBacklog(outboxBacklog.get(), outboxOldestAgeSeconds.get());
    }

    private Counter counter(String name, String... tags) {
        return Counter.builder(name).tags(tags).register(registry);
    }
}
