package io.wenliu.analysis.pipeline;

import io.quarkus.runtime.StartupEvent;
import io.wenliu.analysis.config.AnalysisConfig;
import io.wenliu.analysis.corpus.DocumentFrequencies;
import io.wenliu.platform.segment.CompactBigrams;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
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
    private volatile boolean used;

    @Inject
    AnalysisConfig config;

    void onStart(@Observes StartupEvent event) {
        int warmUpArticles = config.warmUpArticles();
        Thread loader = new Thread(
                () -> {
                    load();
                    if (warmUpArticles > 0 && isLoaded()) {
                        warmUp(warmUpArticles);
                    }
                },
                "nlp-model-loader");
        loader.setDaemon(true);
        loader.start();
    }

    /** Analyses generated articles until the first real one asks for the analyzer (see {@link WarmUp}). */
    private void warmUp(int articles) {
        long started = System.nanoTime();
        try {
            int done = WarmUp.standard().run(analyzer.join(), articles, () -> used);
            LOG.infof(
                    "JIT warm-up: %d generated articles analysed in %d ms%s",
                    done,
                    (System.nanoTime() - started) / 1_000_000,
                    done < articles ? ", stopped by the first real article" : "");
        } catch (RuntimeException e) {
            LOG.warn("JIT warm-up failed; articles are enriched as usual, only the first ones more slowly", e);
        }
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

    /** The analyzer, waiting for the models to load when needed. The first call ends the JIT warm-up. */
    public TextAnalyzer get() {
        used = true;
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
