package io.wenliu.bench;

/** One timer family between two scrapes: requests counted and mean duration; null where the metric is absent. */
public record StageTiming(String label, String family, Long count, Double meanMs) {}
