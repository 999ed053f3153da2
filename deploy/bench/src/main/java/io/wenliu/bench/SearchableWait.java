package io.wenliu.bench;

import java.io.IOException;
import java.time.Duration;
import java.util.Locale;

/**
 * Polls the search API until a run marker has the expected number of hits, printing progress: more often as the end
 * nears ({@link PollInterval}).
 */
final class SearchableWait {

    private final SearchCount count;
    private final Duration timeout;
    private final String unit;

    SearchableWait(SearchCount count, Duration timeout, String unit) {
        this.count = count;
        this.timeout = timeout;
        this.unit = unit;
    }

    /**
     * Waits until {@code query} has {@code expected} hits; returns the {@link System#nanoTime()} it was seen. Fails
     * with what was reached after the timeout, and at once when there are more hits than documents sent.
     */
    long await(String phase, String query, long expected, long startNanos) {
        return await(phase, query, expected, 0, startNanos);
    }

    /**
     * The same, for a query that already had {@code already} hits at {@code startNanos}: the progress line's rate
     * counts only the hits added since.
     */
    long await(String phase, String query, long expected, long already, long startNanos) {
        ProgressLine progress = new ProgressLine(phase);
        long deadline = System.nanoTime() + timeout.toNanos();
        long seen = -1;
        Exception lastError = null;
        while (true) {
            try {
                seen = count.total(query);
                lastError = null;
            } catch (IOException e) {
                lastError = e;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new PhaseFailure("[" + phase + "] interrupted while waiting for " + query, e);
            }
            long now = System.nanoTime();
            if (seen == expected) {
                return now;
            }
            if (seen > expected) {
                throw new PhaseFailure(String.format(
                        Locale.ROOT,
                        "[%s] %d hits for %s but only %d %s were sent: something was indexed twice",
                        phase,
                        seen,
                        query,
                        expected,
                        unit));
            }
            if (now > deadline) {
                throw new PhaseFailure(String.format(
                        Locale.ROOT,
                        "[%s] timed out after %d s: %d of %d %s searchable (%s)%s",
                        phase,
                        timeout.toSeconds(),
                        Math.max(seen, 0),
                        expected,
                        unit,
                        count.url(query),
                        lastError == null ? "" : "; last error: " + lastError.getMessage()));
            }
            long reached = Math.max(seen, 0);
            progress.tick(() -> String.format(
                    Locale.ROOT,
                    "%d/%d searchable, %.1f %s/s",
                    reached,
                    expected,
                    Math.max(reached - already, 0) / Math.max(Throughput.seconds(startNanos, now), 1e-9),
                    unit));
            Pause.millis(
                    PollInterval.millis(reached - already, expected - reached, Throughput.seconds(startNanos, now)));
        }
    }
}
