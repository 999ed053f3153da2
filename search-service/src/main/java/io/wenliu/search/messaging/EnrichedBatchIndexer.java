package io.wenliu.search.messaging;

import io.wenliu.search.config.SearchConfig;
import io.wenliu.search.index.ActionResult;
import io.wenliu.search.index.ArticleDocumentMapper;
import io.wenliu.search.index.BulkWriter;
import io.wenliu.search.index.InFlightWrites;
import io.wenliu.search.index.IndexAction;
import io.wenliu.search.index.IndexManager;
import io.wenliu.search.metrics.IndexingMetrics;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.function.Supplier;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jboss.logging.Logger;
import org.jboss.logging.MDC;

/**
 * Indexes one batch of articles.enriched records: unindexable records go to the dead-letter topic, OpenSearch failures
 * are retried with back-off until the whole batch is indexed; then (live) the indices are refreshed and articles.indexed
 * events are published. Returns only when every record is settled, so the caller may commit the batch's offsets.
 */
@Singleton
public class EnrichedBatchIndexer {

    private static final Logger LOG = Logger.getLogger(EnrichedBatchIndexer.class);

    private final EnrichedEventParser parser;
    private final ArticleDocumentMapper documents;
    private final BulkWriter bulk;
    private final InFlightWrites writes;
    private final EventPublisher publisher;
    private final IndexingMetrics metrics;
    private final IndexManager refresher;
    private final Duration initialBackoff;
    private final Duration maxBackoff;

    @Inject
    public EnrichedBatchIndexer(
            EnrichedEventParser parser,
            ArticleDocumentMapper documents,
            BulkWriter bulk,
            InFlightWrites writes,
            EventPublisher publisher,
            IndexingMetrics metrics,
            IndexManager refresher,
            SearchConfig config) {
        this(
                parser,
                documents,
                bulk,
                writes,
                publisher,
                metrics,
                refresher,
                config.retryInitialBackoff(),
                config.retryMaxBackoff());
    }

    EnrichedBatchIndexer(
            EnrichedEventParser parser,
            ArticleDocumentMapper documents,
            BulkWriter bulk,
            InFlightWrites writes,
            EventPublisher publisher,
            IndexingMetrics metrics,
            IndexManager refresher,
            Duration initialBackoff,
            Duration maxBackoff) {
        this.parser = parser;
        this.documents = documents;
        this.bulk = bulk;
        this.writes = writes;
        this.publisher = publisher;
        this.metrics = metrics;
        this.refresher = refresher;
        this.initialBackoff = initialBackoff;
        this.maxBackoff = maxBackoff;
    }

    /**
     * Indexes the records into the target indices (read again before every attempt, as one {@link InFlightWrites}
     * write, so an index dropped from the targets is deleted only after writes that still used it).
     *
     * @param live true for the live indexer (dead-letters, refreshes and publishes articles.indexed); false while
     *     rebuilding an index from a replay, where all that already happened when the records were first consumed
     */
    public void index(List<ConsumerRecord<String, byte[]>> records, Supplier<List<String>> targets, boolean live)
            throws InterruptedException, ExecutionException {
        Map<IndexAction, ConsumerRecord<String, byte[]>> origins = new IdentityHashMap<>();
        List<IndexAction> pending = new ArrayList<>();
        for (ConsumerRecord<String, byte[]> record : records) {
            try {
                IndexAction action = documents.map(parser.parse(record.value()));
                origins.put(action, record);
                pending.add(action);
            } catch (InvalidEventException e) {
                deadLetter(record, e.getMessage(), e, e.kind(), live);
            }
        }
        List<IndexAction> done = new ArrayList<>();
        Backoff backoff = new Backoff(initialBackoff, maxBackoff);
        while (!pending.isEmpty()) {
            List<IndexAction> attempt = pending;
            List<IndexAction> retry = new ArrayList<>();
            try {
                for (ActionResult result : writes.run(() -> bulk.apply(attempt, targets.get()))) {
                    switch (result.outcome()) {
                        case DONE -> done.add(result.action());
                        case RETRY -> retry.add(result.action());
                        case REJECTED ->
                            deadLetter(origins.get(result.action()), result.reason(), null, "invalid", live);
                    }
                }
            } catch (IOException | RuntimeException e) {
                LOG.warnf("bulk of %d actions failed, will retry: %s", pending.size(), e.toString());
                retry = pending;
            }
            pending = retry;
            if (!pending.isEmpty()) {
                metrics.retried();
                Thread.sleep(backoff.nextDelayMillis());
            }
        }
        for (IndexAction action : done) {
            if (action instanceof IndexAction.Delete) {
                metrics.deleted();
            } else {
                metrics.indexed();
            }
        }
        if (live && !done.isEmpty()) {
            refresh(targets.get());
            publisher.indexed(done, targets.get().get(0));
        }
    }

    /**
     * Makes the batch visible to searches now rather than at the next periodic refresh, so that articles.indexed
     * means searchable. A failed refresh only delays visibility until the periodic one: logged, not retried.
     */
    private void refresh(List<String> indices) {
        long started = System.nanoTime();
        for (String index : indices) {
            try {
                refresher.refresh(index);
            } catch (IOException | RuntimeException e) {
                LOG.warnf("refresh of %s failed, its periodic refresh will show the batch: %s", index, e.toString());
            }
        }
        metrics.refreshed(System.nanoTime() - started);
    }

    private void deadLetter(
            ConsumerRecord<String, byte[]> record, String reason, Throwable cause, String kind, boolean live)
            throws InterruptedException, ExecutionException {
        if (!live) {
            LOG.debugf(
                    "skipping unindexable %s-%d@%d during rebuild: %s",
                    record.topic(), record.partition(), record.offset(), reason);
            return;
        }
        MDC.put("articleId", String.valueOf(record.key()));
        try {
            LOG.warnf(
                    "dead-lettering %s-%d@%d (key %s): %s",
                    record.topic(), record.partition(), record.offset(), record.key(), reason);
            publisher.deadLetter(record, reason, cause);
        } finally {
            MDC.remove("articleId");
        }
        metrics.deadLettered(kind);
    }
}
