package io.wenliu.bench;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/** Drops new articles of a run at a steady rate on its own thread (the load behind the freshness probes). */
final class BackgroundDropper {

    private final Corpus corpus;
    private final Dropper dropper;
    private final String run;
    private final int firstNumber;
    private final long periodNanos;
    private final AtomicInteger dropped = new AtomicInteger();
    private final AtomicReference<RuntimeException> failure = new AtomicReference<>();
    private ScheduledExecutorService scheduler;
    private long startNanos;
    private long stopNanos;

    /** Articles numbered from {@code firstNumber}, {@code perSecond} of them each second. */
    BackgroundDropper(Corpus corpus, Dropper dropper, String run, int firstNumber, double perSecond) {
        this.corpus = corpus;
        this.dropper = dropper;
        this.run = run;
        this.firstNumber = firstNumber;
        this.periodNanos = Math.max(1_000_000L, (long) (1e9 / perSecond));
    }

    void start() {
        scheduler = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "bench-background-drops");
            thread.setDaemon(true);
            return thread;
        });
        startNanos = System.nanoTime();
        scheduler.scheduleAtFixedRate(this::dropOne, 0, periodNanos, TimeUnit.NANOSECONDS);
    }

    /** Stops dropping and waits for a drop in progress to finish. */
    void stop() {
        scheduler.shutdown();
        try {
            if (!scheduler.awaitTermination(30, TimeUnit.SECONDS)) {
                scheduler.shutdownNow();
            }
        } catch (InterruptedException e) {
            scheduler.shutdownNow();
            Thread.currentThread().interrupt();
        }
        stopNanos = System.nanoTime();
    }

    /** How many articles were dropped. */
    int dropped() {
        return dropped.get();
    }

    /** The drop rate achieved between start and stop. */
    double achievedPerSecond() {
        return dropped.get() / Math.max(Throughput.seconds(startNanos, stopNanos), 1e-9);
    }

    /** Rethrows the first failure of the background thread. */
    void requireHealthy() {
        RuntimeException error = failure.get();
        if (error != null) {
            throw new PhaseFailure("[load] background drops failed: " + error.getMessage(), error);
        }
    }

    private void dropOne() {
        if (failure.get() != null) {
            return;
        }
        try {
            dropper.drop(corpus.article(run, firstNumber + dropped.get()));
            dropped.incrementAndGet();
        } catch (RuntimeException e) {
            failure.compareAndSet(null, e);
        }
    }
}
