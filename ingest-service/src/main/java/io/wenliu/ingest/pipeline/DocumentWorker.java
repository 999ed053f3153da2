package io.wenliu.ingest.pipeline;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import io.wenliu.ingest.config.IngestConfig;
import io.wenliu.ingest.drop.ClaimedFile;
import io.wenliu.ingest.drop.ClaimedFiles;
import io.wenliu.ingest.metrics.IngestMetrics;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.jboss.logging.Logger;
import org.jboss.logging.MDC;

/**
 * Runs document processing on {@code wenliu.ingest.workers} background threads, never twice at once for the same
 * document.
 */
@ApplicationScoped
public class DocumentWorker implements ClaimedFiles {

    private static final Logger LOG = Logger.getLogger(DocumentWorker.class);

    private final Set<UUID> inFlight = ConcurrentHashMap.newKeySet();
    private final ExecutorService executor;
    private final DocumentProcessor processor;
    private final IngestMetrics metrics;
    private final Tracer tracer;

    public DocumentWorker(DocumentProcessor processor, IngestMetrics metrics, IngestConfig config, Tracer tracer) {
        this.processor = processor;
        this.metrics = metrics;
        this.tracer = tracer;
        AtomicInteger number = new AtomicInteger();
        this.executor = Executors.newFixedThreadPool(Math.max(1, config.workers()), r -> {
            Thread thread = new Thread(r, "ingest-worker-" + number.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Reserves a document id; false if it is already being handled. */
    @Override
    public boolean reserve(UUID documentId) {
        return inFlight.add(documentId);
    }

    /** Whether the document is reserved or queued. */
    @Override
    public boolean isInFlight(UUID documentId) {
        return inFlight.contains(documentId);
    }

    /** Releases a reservation without processing (e.g. an upload that was refused). */
    @Override
    public void release(UUID documentId) {
        inFlight.remove(documentId);
    }

    /**
     * Queues a reserved file for processing, in a span that continues the caller's trace (an upload's request) or
     * starts one (a dropped file): its articles' events carry that trace on.
     */
    @Override
    public void submit(ClaimedFile file) {
        inFlight.add(file.documentId());
        Context caller = Context.current();
        executor.execute(() -> {
            long started = System.nanoTime();
            MDC.put("documentId", file.documentId().toString());
            Span span = tracer.spanBuilder("ingest document")
                    .setParent(caller)
                    .setAttribute("wenliu.document.id", file.documentId().toString())
                    .setAttribute("wenliu.document.origin", file.origin().name())
                    .startSpan();
            MDC.put("traceId", span.getSpanContext().getTraceId());
            try (Scope scope = span.makeCurrent()) {
                processor.process(file);
                metrics.processed(System.nanoTime() - started);
            } catch (Exception e) {
                span.recordException(e);
                span.setStatus(StatusCode.ERROR);
                metrics.documentRetried();
                LOG.errorf(
                        "document %s \"%s\" left in %s, retried on the next rescan: %s",
                        file.documentId(), file.originalName(), file.path().getParent(), e.toString());
            } finally {
                span.end();
                inFlight.remove(file.documentId());
                MDC.remove("documentId");
                MDC.remove("traceId");
            }
        });
    }

    @PreDestroy
    void stop() throws InterruptedException {
        executor.shutdown();
        if (!executor.awaitTermination(20, TimeUnit.SECONDS)) {
            executor.shutdownNow();
        }
    }
}
