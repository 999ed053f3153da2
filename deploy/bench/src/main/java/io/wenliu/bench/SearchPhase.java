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

    SearchResult run(List<String> terms, List<Integer> concurrency, Duration warmup, Duration measure) {
        long indexSize = indexSize();
        SearchLoad load = new SearchLoad(terms);
        List<SearchLevel> levels = new ArrayList<>();
        for (int clients : concurrency) {
            Console.progress("[search] " + clients + " clients, " + terms.size() + " terms, index of " + indexSize
                    + " articles");
            List<String> errors = new ArrayList<>();
            LatencyStats plain = load.run(SearchTarget.openSearch(openSearchUrl), clients, warmup, measure, errors);
            LatencyStats service = load.run(SearchTarget.service(searchUrl), clients, warmup, measure, errors);
            levels.add(new SearchLevel(
                    clients,
                    plain,
                    service,
                    ratio(service.p50Ms(), plain.p50Ms()),
                    ratio(service.p99Ms(), plain.p99Ms()),
                    List.copyOf(errors)));
        }
        return new SearchResult(indexSize, terms.size(), levels);
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
