package io.wenliu.ingest.pipeline;

import io.wenliu.ingest.config.IngestConfig;
import io.wenliu.ingest.drop.ClaimedFile;
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
public class DocumentWorker {

    private static final Logger LOG = Logger.getLogger(DocumentWorker.class);

    private final Set<UUID> inFlight = ConcurrentHashMap.newKeySet();
    private final ExecutorService executor;
    private final DocumentProcessor processor;
    private final IngestMetrics metrics;

    public DocumentWorker(DocumentProcessor processor, IngestMetrics metrics, IngestConfig config) {
        this.processor = processor;
        this.metrics = metrics;
        AtomicInteger number = new AtomicInteger();
        this.executor = Executors.newFixedThreadPool(Math.max(1, config.workers()), r -> {
            Thread thread = new Thread(r, "ingest-worker-" + number.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Reserves a document id; false if it is already being handled. */
    public boolean reserve(UUID documentId) {
        return inFlight.add(documentId);
    }

    /** Whether the document is reserved or queued. */
    public boolean isInFlight(UUID documentId) {
        return inFlight.contains(documentId);
    }

    /** Releases a reservation without processing (e.g. an upload that was refused). */
    public void release(UUID documentId) {
        inFlight.remove(documentId);
    }

    /** Queues a reserved file for processing. */
    public void submit(ClaimedFile file) {
        inFlight.add(file.documentId());
        executor.execute(() -> {
            long started = System.nanoTime();
            MDC.put("documentId", file.documentId().toString());
            try {
                processor.process(file);
                metrics.processed(System.nanoTime() - started);
            } catch (Exception e) {
                metrics.documentRetried();
                LOG.errorf(
                        "document %s \"%s\" left in %s, retried on the next rescan: %s",
                        file.documentId(), file.originalName(), file.path().getParent(), e.toString());
            } finally {
                inFlight.remove(file.documentId());
                MDC.remove("documentId");
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
