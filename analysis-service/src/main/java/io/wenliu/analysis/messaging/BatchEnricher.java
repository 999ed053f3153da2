package io.wenliu.analysis.messaging;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import io.wenliu.analysis.config.AnalysisConfig;
import io.wenliu.analysis.corpus.DocumentFrequencies;
import io.wenliu.analysis.events.IngestedEvent;
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
    private final Tracer tracer;
    private final ExecutorService workers;

    public BatchEnricher(EventHandler handler, AnalysisConfig config, Tracer tracer) {
        this.handler = handler;
        this.tracer = tracer;
        int threads = config.workers().orElse(Runtime.getRuntime().availableProcessors());
        AtomicInteger number = new AtomicInteger();
        this.workers = Executors.newFixedThreadPool(Math.max(1, threads), task -> {
            Thread thread = new Thread(task, "analysis-worker-" + number.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    /**
     * One outcome per event, in order, each handled in an "enrich article" span continuing the event's trace ({@code
     * traces}, one per event) and published in it; throws the first transient failure of any event.
     */
    List<Outcome> handleAll(List<IngestedEvent> events, List<Context> traces, DocumentFrequencies frequencies) {
        if (events.size() == 1) {
            return List.of(handleInTrace(events.get(0), traces.get(0), frequencies));
        }
        List<Future<Outcome>> futures = new ArrayList<>(events.size());
        for (int i = 0; i < events.size(); i++) {
            IngestedEvent event = events.get(i);
            Context trace = traces.get(i);
            futures.add(workers.submit(() -> handleInTrace(event, trace, frequencies)));
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

    private Outcome handleInTrace(IngestedEvent event, Context trace, DocumentFrequencies frequencies) {
        Span span = tracer.spanBuilder("enrich article")
                .setParent(trace)
                .setAttribute("wenliu.article.id", event.articleId())
                .startSpan();
        try (Scope scope = span.makeCurrent()) {
            return handler.handle(event, frequencies).inTrace(Context.current());
        } catch (RuntimeException e) {
            span.recordException(e);
            span.setStatus(StatusCode.ERROR);
            throw e;
        } finally {
            span.end();
        }
    }

    @PreDestroy
    void stop() {
        workers.shutdownNow();
    }
}
