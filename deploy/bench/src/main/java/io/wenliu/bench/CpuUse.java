package io.wenliu.bench;

import java.util.List;

/**
 * CPU time the stack's processes used during one phase, per article the phase made searchable (per query sent in a
 * {@link SearchLevel}, where the {@code msPerArticle} figures are per query), and the throughput the machine could
 * reach if that CPU were all it spent ({@code cores × 1000 ÷ total ms}): on a machine whose cores
 * the whole stack shares, a steadier figure than a rate, which the other processes on it move. The benchmark's own
 * process (the load generator and poller) is listed but counts in neither total nor ceiling.
 */
public record CpuUse(List<Share> processes, Share benchmark, double totalMsPerArticle, Double ceilingPerSecond) {

    /** One process: CPU seconds in the phase and milliseconds per article. */
    public record Share(String process, double seconds, double msPerArticle) {}
}
