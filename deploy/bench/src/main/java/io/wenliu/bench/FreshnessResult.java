package io.wenliu.bench;

/**
 * Drop-to-searchable latency of single articles; under load also the background drop rate aimed at and achieved,
 * and how many background articles were dropped (all of them searchable in the end).
 */
public record FreshnessResult(
        LatencyStats latency, Double backgroundTargetPerSecond, Double backgroundPerSecond, Integer backgroundCount) {}
