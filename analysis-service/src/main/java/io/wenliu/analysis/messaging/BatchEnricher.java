package io.wenliu.analysis.messaging;

import io.wenliu.analysis.config.AnalysisConfig;
import io.wenliu.analysis.events.IngestedEvent;
import io.wenliu.analysis.nlp.DocumentFrequencies;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Handles the events of a batch on a bounded pool of workers (articles are independent of each other given the same
 * corpus statistics) and returns the outcomes in the order of the events.
 */
@ApplicationScoped
public class BatchEnricher {

    private final EventHandler handler;
    private final ExecutorService workers;

    public BatchEnricher(EventHandler handler, AnalysisConfig config) {
        this.handler = handler;
        int threads = config.workers().orElse(Runtime.getRuntime().availableProcessors());
        AtomicInteger number = new AtomicInteger();
        this.workers = Executors.newFixedThreadPool(Math.max(1, threads), task -> {
            Thread thread = new Thread(task, "analysis-worker-" + number.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    /** One outcome per event, in order; throws the first transient failure of any event. */
    List<Outcome> handleAll(List<IngestedEvent> events, DocumentFrequencies frequencies) {
        if (events.size() == 1) {
            return List.of(handler.handle(events.get(0), frequencies));
        }
        List<Future<Outcome>> futures = new ArrayList<>(events.size());
        for (IngestedEvent event : events) {
            futures.add(workers.submit(() -> handler.handle(event, frequencies)));
        }
        List<Outcome> outcomes = new ArrayList<>(events.size());
        try {
            for (Future<Outcome> future : futures) {
                outcomes.add(future.get());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            futures.forEach(f -> f.cancel(true));
            throw new IllegalStateException("interrupted while enriching a batch", e);
        } catch (ExecutionException e) {
            futures.forEach(f -> f.cancel(true));
            throw e.getCause() instanceof RuntimeException runtime
                    ? runtime
                    : new IllegalStateException("enrichment worker failed", e.getCause());
        }
        return outcomes;
    }

    @PreDestroy
    void stop() {
        workers.shutdownNow();
    }
}
