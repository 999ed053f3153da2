package io.wenliu.ingest.drop;

import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * A task that many requests share: at most one run is pending, at the earliest time any request asked for. A request
 * made while the task runs schedules a new run, so whatever prompted it is seen. Without this every watch event and
 * every rescan for a file still settling queued a scan of its own, and under a steady stream of drops the pending scans
 * grew with the events (each one rescheduling itself while any file was settling).
 */
final class CoalescedTask {

    private final ScheduledExecutorService scheduler;
    private final Runnable task;
    private ScheduledFuture<?> pending;
    private long pendingDueNanos;

    CoalescedTask(ScheduledExecutorService scheduler, Runnable task) {
        this.scheduler = scheduler;
        this.task = task;
    }

    /**
     * Runs the task after {@code delay}, unless a run is already pending at or before then.
     *
     * @throws java.util.concurrent.RejectedExecutionException if the scheduler is shut down
     */
    synchronized void request(Duration delay) {
        long due = System.nanoTime() + delay.toNanos();
        if (pending != null && due - pendingDueNanos >= 0) {
            return;
        }
        if (pending != null) {
            pending.cancel(false);
        }
        pending = scheduler.schedule(this::run, delay.toNanos(), TimeUnit.NANOSECONDS);
        pendingDueNanos = due;
    }

    private void run() {
        synchronized (this) {
            pending = null;
        }
        task.run();
    }
}
