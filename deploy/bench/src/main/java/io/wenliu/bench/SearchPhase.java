package io.wenliu.bench;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * The search phase: for each concurrency level, first plain OpenSearch, then the search service, with the same
 * terms, the service ÷ plain latency ratios, and the CPU each process of the stack spent per query sent.
 */
final class SearchPhase {

    private final SearchCount count;
    private final String openSearchUrl;
    private final String searchUrl;
    private final Supplier<CpuMeter> cpu;

    /** {@code cpu} starts a meter of the stack's processes, one for each target of each level. */
    SearchPhase(SearchCount count, String openSearchUrl, String searchUrl, Supplier<CpuMeter> cpu) {
        this.count = count;
        this.openSearchUrl = openSearchUrl;
        this.searchUrl = searchUrl;
        this.cpu = cpu;
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
            Measured plain =
                    measure(load, SearchTarget.openSearch(openSearchUrl), clients, first, warmup, measure, errors);
            Measured service = measure(load, SearchTarget.service(searchUrl), clients, first, warmup, measure, errors);
            levels.add(new SearchLevel(
                    clients,
                    plain.latency(),
                    service.latency(),
                    ratio(service.latency().p50Ms(), plain.latency().p50Ms()),
                    ratio(service.latency().p99Ms(), plain.latency().p99Ms()),
                    List.copyOf(errors),
                    plain.cpu(),
                    service.cpu()));
        }
        return new SearchResult(indexSize, queries.size(), mode, levels);
    }

    /** One target's latencies and the stack's CPU per query over its warm-up and measured window. */
    private Measured measure(
            SearchLoad load,
            SearchTarget target,
            int clients,
            int first,
            Duration warmup,
            Duration measure,
            List<String> errors) {
        CpuMeter meter = cpu.get();
        SearchLoad.Run run = load.run(target, clients, first, warmup, measure, errors);
        return new Measured(run.latency(), meter.perArticle(run.requests()));
    }

    private record Measured(LatencyStats latency, CpuUse cpu) {}

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
