package io.wenliu.ingest.pipeline;

import io.wenliu.ingest.drop.ClaimedFile;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;

/** Runs document processing on one background thread, never twice at once for the same document. */
@ApplicationScoped
public class DocumentWorker {

    private static final Logger LOG = Logger.getLogger(DocumentWorker.class);

    private final Set<UUID> inFlight = ConcurrentHashMap.newKeySet();
    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "ingest-worker");
        thread.setDaemon(true);
        return thread;
    });

    @Inject
    DocumentProcessor processor;

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
            try {
                processor.process(file);
            } catch (Exception e) {
                LOG.errorf(
                        "document %s \"%s\" left in %s, retried on the next rescan: %s",
                        file.documentId(), file.originalName(), file.path().getParent(), e.toString());
            } finally {
                inFlight.remove(file.documentId());
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
