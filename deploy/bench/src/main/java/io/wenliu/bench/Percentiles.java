package io.wenliu.bench;

import java.util.Arrays;

/** Nearest-rank percentiles of latency samples. */
final class Percentiles {

    private Percentiles() {}

    /** The {@code percentile} (0 < p <= 100) of {@code sorted}: the smallest value with p % of samples at or below. */
    static long of(long[] sorted, double percentile) {
        if (sorted.length == 0) {
            throw new IllegalArgumentException("no samples");
        }
        if (percentile <= 0 || percentile > 100) {
            throw new IllegalArgumentException("percentile out of (0, 100]: " + percentile);
        }
        int rank = (int) Math.ceil(percentile / 100.0 * sorted.length);
        return sorted[Math.max(rank, 1) - 1];
    }

    /** Summarises latencies in nanoseconds measured over {@code seconds}; null when there are none. */
    static LatencyStats summarize(long[] nanos, double seconds, long errors) {
        if (nanos.length == 0) {
            return null;
        }
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return new LatencyStats(
                sorted.length,
                millis(of(sorted, 50)),
                millis(of(sorted, 95)),
                millis(of(sorted, 99)),
                millis(sorted[sorted.length - 1]),
                seconds > 0 ? sorted.length / seconds : 0,
                errors);
    }

    private static double millis(long nanos) {
        return nanos / 1e6;
    }
}
