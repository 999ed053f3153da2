package io.wenliu.stack;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.function.Supplier;

/** Waits for a condition by polling it, for readiness checks of the servers this package starts. */
public final class Poll {

    private static final Duration INTERVAL = Duration.ofMillis(250);

    private Poll() {}

    /**
     * Polls {@code condition} until it returns true; exceptions count as "not yet", but an
     * {@link IllegalStateException} from {@code guard} (e.g. the process died) ends the wait at once.
     */
    public static void until(
            Duration timeout, Runnable guard, Callable<Boolean> condition, Supplier<String> timeoutMessage) {
        long deadline = System.nanoTime() + timeout.toNanos();
        Exception last = null;
        while (System.nanoTime() < deadline) {
            guard.run();
            try {
                if (Boolean.TRUE.equals(condition.call())) {
                    return;
                }
            } catch (Exception e) {
                last = e;
            }
            try {
                Thread.sleep(INTERVAL.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting: " + timeoutMessage.get(), e);
            }
        }
        throw new IllegalStateException(
                timeoutMessage.get() + " (waited " + timeout.toSeconds() + " s"
                        + (last == null ? "" : "; last error: " + last) + ")",
                last);
    }
}
