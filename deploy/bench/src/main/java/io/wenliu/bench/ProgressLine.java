package io.wenliu.bench;

import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/** Prints a phase's progress line at most about once a second, e.g. {@code [burst] 1234/2000 searchable}. */
final class ProgressLine {

    private static final long INTERVAL_NANOS = TimeUnit.SECONDS.toNanos(1);

    private final String phase;
    private long lastPrinted = System.nanoTime();

    ProgressLine(String phase) {
        this.phase = phase;
    }

    /** Prints {@code [phase] <text>} if a second has passed since the last line. */
    void tick(Supplier<String> text) {
        long now = System.nanoTime();
        if (now - lastPrinted >= INTERVAL_NANOS) {
            lastPrinted = now;
            Console.progress("[" + phase + "] " + text.get());
        }
    }

    /** Prints {@code [phase] <text>} now. */
    void print(String text) {
        lastPrinted = System.nanoTime();
        Console.progress("[" + phase + "] " + text);
    }
}
