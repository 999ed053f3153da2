package io.wenliu.bench;

/** Sleeps between polls, turning an interrupt (Ctrl-C) into a failed phase. */
final class Pause {

    private Pause() {}

    /** Sleeps {@code millis} milliseconds (nothing for zero or less). */
    static void millis(long millis) {
        if (millis <= 0) {
            return;
        }
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PhaseFailure("interrupted", e);
        }
    }

    /** Sleeps until {@link System#nanoTime()} reaches {@code deadlineNanos}. */
    static void untilNanos(long deadlineNanos) {
        long left = deadlineNanos - System.nanoTime();
        if (left > 0) {
            millis(Math.max(1, left / 1_000_000));
        }
    }
}
