package io.wenliu.bench;

/** How many documents (and characters) became searchable in how many seconds. */
public record Throughput(int count, long chars, double seconds, double perSecond, double charsPerSecond) {

    /** Rates computed from the count, characters and seconds. */
    static Throughput of(int count, long chars, double seconds) {
        double safe = Math.max(seconds, 1e-9);
        return new Throughput(count, chars, seconds, count / safe, chars / safe);
    }

    /** Seconds between two {@link System#nanoTime()} readings. */
    static double seconds(long startNanos, long endNanos) {
        return (endNanos - startNanos) / 1e9;
    }
}
