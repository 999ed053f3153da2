package io.wenliu.bench;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The search phase: for each concurrency level, first plain OpenSearch, then the search service, with the same
 * terms, and the service ÷ plain latency ratios.
 */
final class SearchPhase {

    private final SearchCount count;
    private final String openSearchUrl;
    private final String searchUrl;

    SearchPhase(SearchCount count, String openSearchUrl, String searchUrl) {
        this.count = count;
        this.openSearchUrl = openSearchUrl;
        this.searchUrl = searchUrl;
    }

    /**
     * Measures each level with {@code queries}: repeated queries are cycled from the first at every level; distinct
     * ones are split between the levels, so that no level sends a query another level sent (plain OpenSearch and the
     * service of one level send the same ones).
     */
    SearchResult run(
            List<String> queries, SearchQueries mode, List<Integer> concurrency, Duration warmup, Duration measure) {
        long indexSize = indexSize();
        SearchLoad load = new SearchLoad(queries);
        List<SearchLevel> levels = new ArrayList<>();
        for (int level = 0; level < concurrency.size(); level++) {
            int clients = concurrency.get(level);
            int first = mode == SearchQueries.DISTINCT ? level * (queries.size() / concurrency.size()) : 0;
            Console.progress("[search] " + clients + " clients, " + queries.size() + " " + mode.label()
                    + " queries, index of " + indexSize + " articles");
            List<String> errors = new ArrayList<>();
            LatencyStats plain =
                    load.run(SearchTarget.openSearch(openSearchUrl), clients, first, warmup, measure, errors);
            LatencyStats service = load.run(SearchTarget.service(searchUrl), clients, first, warmup, measure, errors);
            levels.add(new SearchLevel(
                    clients,
                    plain,
                    service,
                    ratio(service.p50Ms(), plain.p50Ms()),
                    ratio(service.p99Ms(), plain.p99Ms()),
                    List.copyOf(errors)));
        }
        return new SearchResult(indexSize, queries.size(), mode, levels);
    }

    private long indexSize() {
        try {
            return count.total("");
        } catch (IOException e) {
            throw new PhaseFailure("[search] cannot count the index: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PhaseFailure("[search] interrupted", e);
        }
    }

    private static Double ratio(double numerator, double denominator) {
        return denominator > 0 && numerator > 0 ? numerator / denominator : null;
    }
}
