package io.wenliu.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * Freshness: the time from the atomic move of one article into the drop folder (t0) until the search API finds it
 * by its own marker, on an idle stack and while a background stream of drops runs. The marker is searched every 100 ms
 * and the first search that finds it ends the sample, so a figure is at most 100 ms late. Each search costs the stack
 * about 11 ms of CPU (OpenSearch 7.4, the search service 3.8, measured 2026-12-03): polled every 25 ms, the probe alone
 * took a fifth of two cores and slowed the article it waited for (idle p50 0.53 and 0.60 s against 0.48 and 0.49 s).
 */
final class Freshness {

    private static final long POLL_MILLIS = 100;
    private static final long PROBE_INTERVAL_NANOS = TimeUnit.MILLISECONDS.toNanos(1500);

    private final Corpus corpus;
    private final Dropper dropper;
    private final SearchCount count;
    private final SearchableWait wait;
    private final Duration timeout;

    Freshness(Corpus corpus, Dropper dropper, SearchCount count, SearchableWait wait, Duration timeout) {
        this.corpus = corpus;
        this.dropper = dropper;
        this.count = count;
        this.wait = wait;
        this.timeout = timeout;
    }

    /** {@code samples} articles, one at a time, on an otherwise idle stack. */
    FreshnessResult idle(String run, int samples) {
        long[] latencies = new long[samples];
        long start = System.nanoTime();
        for (int i = 0; i < samples; i++) {
            latencies[i] = measure("freshness", run, i);
            Console.progress(progressLine("freshness", i + 1, samples, latencies[i]));
        }
        return new FreshnessResult(
                Percentiles.summarize(latencies, Throughput.seconds(start, System.nanoTime()), 0), null, null, null);
    }

    /**
     * {@code samples} probes about every 1.5 s while articles are dropped in the background at
     * {@code backgroundPerSecond}; afterwards waits until every background article is searchable too.
     */
    FreshnessResult underLoad(String run, int samples, double backgroundPerSecond) {
        long[] latencies = new long[samples];
        long start = System.nanoTime();
        BackgroundDropper background = new BackgroundDropper(corpus, dropper, run, samples, backgroundPerSecond);
        background.start();
        try {
            long nextProbe = System.nanoTime();
            for (int i = 0; i < samples; i++) {
                Pause.untilNanos(nextProbe);
                nextProbe = System.nanoTime() + PROBE_INTERVAL_NANOS;
                latencies[i] = measure("load", run, i);
                background.requireHealthy();
                Console.progress(progressLine("load", i + 1, samples, latencies[i])
                        + String.format(Locale.ROOT, ", %d background articles dropped", background.dropped()));
            }
        } finally {
            background.stop();
        }
        background.requireHealthy();
        LatencyStats stats = Percentiles.summarize(latencies, Throughput.seconds(start, System.nanoTime()), 0);
        wait.await("load", run, samples + background.dropped(), start);
        return new FreshnessResult(stats, backgroundPerSecond, background.achievedPerSecond(), background.dropped());
    }

    /** Drops article {@code number} and returns the nanoseconds until the search API finds its own marker. */
    private long measure(String phase, String run, int number) {
        String marker = RunMarker.article(run, number);
        Path staged = dropper.stage(corpus.article(run, number));
        long t0 = System.nanoTime();
        dropper.move(staged);
        long deadline = t0 + timeout.toNanos();
        String lastError = "";
        while (System.nanoTime() < deadline) {
            try {
                if (count.total(marker) >= 1) {
                    return System.nanoTime() - t0;
                }
            } catch (IOException e) {
                lastError = "; last error: " + e.getMessage();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new PhaseFailure("[" + phase + "] interrupted", e);
            }
            Pause.millis(POLL_MILLIS);
        }
        throw new PhaseFailure("[" + phase + "] article " + marker + " not searchable after " + timeout.toSeconds()
                + " s (" + count.url(marker) + ")" + lastError);
    }

    private static String progressLine(String phase, int done, int samples, long latencyNanos) {
        return String.format(
                Locale.ROOT, "[%s] sample %d/%d searchable after %.2f s", phase, done, samples, latencyNanos / 1e9);
    }
}
