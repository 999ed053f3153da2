package io.wenliu.ingest.status;

import io.quarkus.runtime.ShutdownEvent;
import io.wenliu.ingest.config.IngestConfig;
import io.wenliu.ingest.ledger.ArticleProgress;
import io.wenliu.ingest.metrics.IngestMetrics;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jboss.logging.Logger;
import org.jboss.logging.MDC;

/**
 * Handles a batch of articles.enriched or articles.indexed records: an unreadable one is dead-lettered, readable ones
 * move their articles forward, articles the ledger does not know are ignored. Database and broker failures are retried
 * until they pass, so a batch is acknowledged only once it is applied or dead-lettered.
 */
@ApplicationScoped
public class StatusRecordHandler {

    private static final Logger LOG = Logger.getLogger(StatusRecordHandler.class);

    @Inject
    ArticleProgress progress;

    @Inject
    StatusDeadLetters deadLetters;

    @Inject
    IngestMetrics metrics;

    @Inject
    IngestConfig config;

    private RetryWithBackoff retry;

    @PostConstruct
    void init() {
        retry = new RetryWithBackoff(
                config.status().retryInitialBackoff(), config.status().retryMaxBackoff());
    }

    void onStop(@Observes ShutdownEvent event) {
        retry.stop();
    }

    /**
     * Dead-letters the unreadable records of a batch (all from one topic) and applies the others in one transaction
     * (an article reported twice keeps its earliest time); returns only when all of that is done.
     */
    public void handleAll(List<ConsumerRecord<String, String>> records) {
        Map<String, Instant> enriched = new LinkedHashMap<>();
        Map<String, Instant> indexed = new LinkedHashMap<>();
        String topic = records.isEmpty() ? "" : records.get(0).topic();
        for (ConsumerRecord<String, String> record : records) {
            Optional<StatusUpdate> update;
            try {
                update = StatusUpdate.parse(record.value());
            } catch (UnreadableStatusException e) {
                Throwable cause = e.getCause() == null ? e : e.getCause();
                MDC.put("articleId", String.valueOf(record.key()));
                try {
                    retry.run("dead-lettering " + where(record), () -> deadLetters.send(record, e.getMessage(), cause));
                } finally {
                    MDC.remove("articleId");
                }
                metrics.statusDeadLettered(record.topic(), e.kind());
                continue;
            }
            update.ifPresent(u -> (u.kind() == StatusUpdate.Kind.ENRICHED ? enriched : indexed)
                    .merge(u.articleId(), u.at(), (a, b) -> a.isBefore(b) ? a : b));
        }
        if (!enriched.isEmpty() || !indexed.isEmpty()) {
            retry.run(
                    "applying " + (enriched.size() + indexed.size()) + " status updates from " + topic,
                    () -> apply(enriched, indexed, topic));
        }
    }

    private void apply(Map<String, Instant> enriched, Map<String, Instant> indexed, String topic) {
        ArticleProgress.Progress done = progress.markProgress(enriched, indexed);
        done.receivedToIndexed().forEach(metrics::receivedToIndexed);
        int unknown = done.unknown();
        if (unknown > 0) {
            LOG.debugf("%s: ignoring the status of %d unknown articles", topic, unknown);
            for (int i = 0; i < unknown; i++) {
                metrics.statusOfUnknownArticle(topic);
            }
        }
    }

    private static String where(ConsumerRecord<String, String> record) {
        return record.topic() + "-" + record.partition() + "@" + record.offset();
    }
}
