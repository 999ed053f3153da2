package io.wenliu.search.indexing;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanBuilder;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import io.wenliu.platform.events.TraceHeaders;
import io.wenliu.search.config.SearchConfig;
import io.wenliu.search.events.EnrichedEventParser;
import io.wenliu.search.events.InvalidEventException;
import io.wenliu.search.index.ActionResult;
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
    private final Tracer tracer;

    @Inject
    public EnrichedBatchIndexer(
            EnrichedEventParser parser,
            ArticleDocumentMapper documents,
            BulkWriter bulk,
            InFlightWrites writes,
            EventPublisher publisher,
            IndexingMetrics metrics,
            IndexManager refresher,
            SearchConfig config,
            Tracer tracer) {
        this(
                parser,
                documents,
                bulk,
                writes,
                publisher,
                metrics,
                refresher,
                config.retryInitialBackoff(),
                config.retryMaxBackoff(),
                tracer);
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
            Duration maxBackoff,
            Tracer tracer) {
        this.parser = parser;
        this.documents = documents;
        this.bulk = bulk;
        this.writes = writes;
        this.publisher = publisher;
        this.metrics = metrics;
        this.refresher = refresher;
        this.initialBackoff = initialBackoff;
        this.maxBackoff = maxBackoff;
        this.tracer = tracer;
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
        Map<IndexAction, Span> traces = new IdentityHashMap<>();
        List<IndexAction> pending = new ArrayList<>();
        for (ConsumerRecord<String, byte[]> record : records) {
            try {
                IndexAction action = documents.map(parser.parse(record.value()));
                origins.put(action, record);
                pending.add(action);
                if (live) {
                    traces.put(
                            action,
                            tracer.spanBuilder("index article")
                                    .setParent(TraceHeaders.extract(record.headers()))
                                    .setAttribute("wenliu.article.id", action.articleId())
                                    .startSpan());
                }
            } catch (InvalidEventException e) {
                deadLetter(record, e.getMessage(), e, e.kind(), live);
            }
        }
        try {
            write(pending, origins, traces, targets, live);
        } finally {
            traces.values().forEach(Span::end);
        }
    }

    /** Writes the actions until each is done or rejected; when live, refreshes and announces them in their traces. */
    private void write(
            List<IndexAction> pending,
            Map<IndexAction, ConsumerRecord<String, byte[]>> origins,
            Map<IndexAction, Span> traces,
            Supplier<List<String>> targets,
            boolean live)
            throws InterruptedException, ExecutionException {
        List<IndexAction> done = new ArrayList<>();
        SpanBuilder bulkSpan = tracer.spanBuilder("bulk write").setAttribute("wenliu.actions", pending.size());
        traces.values().forEach(article -> bulkSpan.addLink(article.getSpanContext()));
        Span writing = bulkSpan.startSpan();
        try (Scope scope = writing.makeCurrent()) {
            retryUntilWritten(pending, origins, done, targets, live);
        } finally {
            writing.end();
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
            Map<IndexAction, Context> inTrace = new IdentityHashMap<>();
            traces.forEach((action, span) -> inTrace.put(action, Context.root().with(span)));
            publisher.indexed(done, targets.get().get(0), inTrace);
        }
    }

    /** Bulk-writes the actions, retrying what failed for a transient reason, until each is done or dead-lettered. */
    private void retryUntilWritten(
            List<IndexAction> actions,
            Map<IndexAction, ConsumerRecord<String, byte[]>> origins,
            List<IndexAction> done,
            Supplier<List<String>> targets,
            boolean live)
            throws InterruptedException, ExecutionException {
        List<IndexAction> pending = actions;
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
    }

    /**
     * Makes the batch visible to searches now rather than at the next periodic refresh, so that articles.indexed
     * means searchable. A failed refresh only delays visibility until the periodic one (the index's refresh_interval,
     * 5 s): logged, not retried.
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
