package io.wenliu.bench;

/** The fill phase: the index size before and after, and the sustained throughput of the chunks dropped (if any). */
public record FillResult(long target, long before, long after, Throughput sustained) {}
