package io.wenliu.analysis.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.OptionalInt;

/** Settings of the analysis service ({@code wenliu.analysis.*}). */
@ConfigMapping(prefix = "wenliu.analysis")
public interface AnalysisConfig {

    /**
     * Longest text analysed, in characters: {@code POST /api/analyze} answers 413 to a longer one, and an article whose
     * body is longer is enriched from its beginning (see {@link io.wenliu.analysis.pipeline.TextBudget}) while its
     * whole body passes on. Analysis holds all of a text's tokens at once: two 50,000-character articles analysed
     * side by side fit the service's heap, one of 300,000 did not fit 160 MB.
     */
    @WithDefault("50000")
    int maxTextChars();

    /** Threads enriching the articles of one batch in parallel; defaults to the number of processors. */
    OptionalInt workers();

    /** First wait before a batch that failed for a transient reason (database, broker) is tried again. */
    @WithDefault("200ms")
    Duration retryInitialBackoff();

    /** Longest wait between attempts; the wait doubles from the first one and attempts never stop. */
    @WithDefault("30s")
    Duration retryMaxBackoff();

    /**
     * Generated articles analysed right after start-up so that the JIT has compiled the analyzer before real articles
     * come; the warm-up stops at the first real article. 0 turns it off.
     */
    @WithDefault("1000")
    int warmUpArticles();

    /** Longest wait for the broker to acknowledge a batch's events before the batch counts as failed. */
    @WithDefault("2m")
    Duration publishTimeout();
}
