package io.wenliu.analysis.pipeline;

import io.quarkus.runtime.StartupEvent;
import io.wenliu.analysis.corpus.DocumentFrequencies;
import io.wenliu.platform.segment.CompactBigrams;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.ansj.splitWord.analysis.ToAnalysis;
import org.jboss.logging.Logger;

/** Loads the dictionaries and models once, in the background at start-up, and hands out the analyzer. */
@ApplicationScoped
public class AnalyzerHolder {
    private static final Logger LOG = Logger.getLogger(AnalyzerHolder.class);
    private static final Duration WAIT = Duration.ofMinutes(2);
    private static final String WARM_UP = "新华社北京3月12日电 习近平在北京市考察疫情防控工作。";

    private final CompletableFuture<TextAnalyzer> analyzer = new CompletableFuture<>();

    void onStart(@Observes StartupEvent event) {
        Thread loader = new Thread(this::load, "nlp-model-loader");
        loader.setDaemon(true);
        loader.start();
    }

    private void load() {
        try {
            long started = System.nanoTime();
            // ansj's dictionaries (core, bigrams, person names) load on first use: warm them on a second thread while
            // this one reads the CRF model and the project's lists, so the two halves share the processors; then the
            // bigram tables are compacted (same frequencies, about 19 MB less heap) before any article is analysed.
            Thread dictionaries = new Thread(
                    () -> {
                        ToAnalysis.parse(WARM_UP);
                        CompactBigrams.install();
                    },
                    "nlp-dictionary-loader");
            dictionaries.setDaemon(true);
            dictionaries.start();
            TextAnalyzer loaded = TextAnalyzer.standard();
            dictionaries.join();
            loaded.analyze("预热", WARM_UP, DocumentFrequencies.EMPTY);
            analyzer.complete(loaded);
            LOG.infof("NLP models loaded in %d ms", (System.nanoTime() - started) / 1_000_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            analyzer.completeExceptionally(e);
        } catch (RuntimeException | Error e) {
            LOG.error("NLP models failed to load", e);
            analyzer.completeExceptionally(e);
        }
    }

    /** Whether the models are loaded (readiness). */
    public boolean isLoaded() {
        return analyzer.isDone() && !analyzer.isCompletedExceptionally();
    }

    /** The analyzer, waiting for the models to load when needed. */
    public TextAnalyzer get() {
        try {
            return analyzer.get(WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for NLP models", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("NLP models are not available", e);
        }
    }
}
