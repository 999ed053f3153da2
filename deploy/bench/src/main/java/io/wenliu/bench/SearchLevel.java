package io.wenliu.bench;

import java.util.List;

/** One concurrency level of the search phase: plain OpenSearch and the service, and their latency ratios. */
public record SearchLevel(
        int clients,
        LatencyStats openSearch,
        LatencyStats service,
        Double p50Ratio,
        Double p99Ratio,
        List<String> errors) {}
