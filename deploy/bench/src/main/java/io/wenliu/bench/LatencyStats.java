package io.wenliu.bench;

/** Latency percentiles in milliseconds (nearest rank), the number of samples and their rate. */
public record LatencyStats(
        int count, double p50Ms, double p95Ms, double p99Ms, double maxMs, double perSecond, long errors) {}
