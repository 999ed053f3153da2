package io.wenliu.bench;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;

/**
 * The benchmark's options (see {@link BenchArgs#USAGE}); the background load rate, the stack endpoints, drop folder,
 * API key and output folder are null where the defaults apply. The API key is left out of the JSON results.
 */
public record BenchOptions(
        int articles,
        int chars,
        Path corpus,
        int uploadArticles,
        int uploadClients,
        int freshnessSamples,
        Double loadRate,
        int searchIndexSize,
        int searchSeconds,
        List<Integer> searchClients,
        SearchQueries searchQueries,
        int instances,
        int timeoutSeconds,
        boolean smoke,
        Set<Phase> skip,
        String ingestUrl,
        String analysisUrl,
        String searchUrl,
        String openSearchUrl,
        Path dropDir,
        @JsonIgnore String ingestApiKey,
        boolean ownStack,
        Path outputDir,
        String runId) {

    static final String DEFAULT_INGEST_URL = "http://127.0.0.1:8081";
    static final String DEFAULT_ANALYSIS_URL = "http://127.0.0.1:8082";
    static final String DEFAULT_SEARCH_URL = "http://127.0.0.1:8083";
    static final String DEFAULT_OPENSEARCH_URL = "http://127.0.0.1:9200";

    public BenchOptions {
        searchClients = List.copyOf(searchClients);
        skip = Set.copyOf(skip);
    }

    /** The options of {@code deploy/bench.sh --smoke}. */
    public static BenchOptions smokeDefaults() {
        return BenchArgs.parse(List.of("--smoke"));
    }

    /** Whether {@code phase} runs (not in {@code --skip}). */
    public boolean runs(Phase phase) {
        return !skip.contains(phase);
    }

    /** Warm-up articles: 100, or 10 for a smoke run. */
    public int warmupArticles() {
        return smoke ? 10 : 100;
    }

    /** The unrecorded warm-up before each search measurement: 3 s, or 1 s for a smoke run. */
    public Duration searchWarmup() {
        return Duration.ofSeconds(smoke ? 1 : 3);
    }

    /** The longest a phase may wait for its documents. */
    public Duration timeout() {
        return Duration.ofSeconds(timeoutSeconds);
    }

    /** Whether any stack endpoint was given on the command line. */
    public boolean namesAStack() {
        return ingestUrl != null || analysisUrl != null || searchUrl != null || openSearchUrl != null;
    }

    /** A copy writing its results into {@code dir}. */
    public BenchOptions withOutputDir(Path dir) {
        return new BenchOptions(
                articles,
                chars,
                corpus,
                uploadArticles,
                uploadClients,
                freshnessSamples,
                loadRate,
                searchIndexSize,
                searchSeconds,
                searchClients,
                searchQueries,
                instances,
                timeoutSeconds,
                smoke,
                skip,
                ingestUrl,
                analysisUrl,
                searchUrl,
                openSearchUrl,
                dropDir,
                ingestApiKey,
                ownStack,
                dir,
                runId);
    }
}
