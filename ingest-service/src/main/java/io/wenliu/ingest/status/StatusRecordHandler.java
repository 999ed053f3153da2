package io.wenliu.ingest.status;

import io.quarkus.runtime.ShutdownEvent;
import io.wenliu.ingest.config.IngestConfig;
import io.wenliu.ingest.ledger.ArticleProgress;
import io.wenliu.ingest.metrics.IngestMetrics;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Optional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jboss.logging.Logger;

/**
 * Handles one articles.enriched or articles.indexed record: an unreadable one is dead-lettered, a readable one moves
 * its article forward, an article the ledger does not know is ignored. Database and broker failures are retried
 * until they pass, so a record is acknowledged only once it is applied or dead-lettered.
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

    /** Applies or dead-letters the record; returns only when one of them is done. */
    public void handle(ConsumerRecord<String, String> record) {
        Optional<StatusUpdate> update;
        try {
            update = StatusUpdate.parse(record.value());
        } catch (UnreadableStatusException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            retry.run("dead-lettering " + where(record), () -> deadLetters.send(record, e.getMessage(), cause));
            metrics.statusDeadLettered(record.topic());
            return;
        }
        update.ifPresent(u -> retry.run("applying " + where(record), () -> apply(u, record.topic())));
    }

    private void apply(StatusUpdate update, String topic) {
        boolean known = update.kind() == StatusUpdate.Kind.ENRICHED
                ? progress.markEnriched(update.articleId(), update.at())
                : progress.markIndexed(update.articleId(), update.at());
        if (!known) {
            LOG.debugf("%s: ignoring status of unknown article %s", topic, update.articleId());
            metrics.statusOfUnknownArticle(topic);
        }
    }

    private static String where(ConsumerRecord<String, String> record) {
        return record.topic() + "-" + record.partition() + "@" + record.offset();
    }
}
