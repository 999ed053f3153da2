package io.wenliu.bench;

import java.util.List;

/**
 * One concurrency level of the search phase: plain OpenSearch and the service, their latency ratios, and the CPU the
 * stack's processes spent while each ran, per query sent (its {@code msPerArticle} figures are per query here); a CPU
 * figure is null when no process of the stack could be read.
 */
public record SearchLevel(
        int clients,
        LatencyStats openSearch,
        LatencyStats service,
        Double p50Ratio,
        Double p99Ratio,
        List<String> errors,
        CpuUse openSearchCpu,
        CpuUse serviceCpu) {}
