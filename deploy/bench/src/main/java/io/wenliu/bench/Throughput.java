package io.wenliu.bench;

import java.util.Comparator;
import java.util.List;

/** How many documents (and characters) became searchable in how many seconds. */
public record Throughput(int count, long chars, double seconds, double perSecond, double charsPerSecond) {

    /** Rates computed from the count, characters and seconds. */
    static Throughput of(int count, long chars, double seconds) {
        double safe = Math.max(seconds, 1e-9);
        return new Throughput(count, chars, seconds, count / safe, chars / safe);
    }

    /** The run with the median rate (the upper one of the middle two when there is an even number). */
    static Throughput median(List<Throughput> runs) {
        if (runs.isEmpty()) {
            throw new IllegalArgumentException("no runs");
        }
        List<Throughput> sorted = runs.stream()
                .sorted(Comparator.comparingDouble(Throughput::perSecond))
                .toList();
        return sorted.get(sorted.size() / 2);
    }

    /** Seconds between two {@link System#nanoTime()} readings. */
    static double seconds(long startNanos, long endNanos) {
        return (endNanos - startNanos) / 1e9;
    }
}
