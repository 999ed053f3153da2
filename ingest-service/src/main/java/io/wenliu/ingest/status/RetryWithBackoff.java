package io.wenliu.ingest.status;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;

/**
 * Runs a step until it succeeds, waiting between attempts with a doubling back-off: a status record is never
 * acknowledged while the database (or the broker, for a dead letter) is failing. Only {@link #stop()} ends the
 * attempts, by throwing, so the record stays unacknowledged and is read again after a restart.
 */
public class RetryWithBackoff {

    private static final Logger LOG = Logger.getLogger(RetryWithBackoff.class);

    private final Duration initial;
    private final Duration max;
    private final CountDownLatch stopped = new CountDownLatch(1);

    public RetryWithBackoff(Duration initial, Duration max) {
        this.initial = initial;
        this.max = max.compareTo(initial) < 0 ? initial : max;
    }

    /** Runs {@code step} until it returns normally; {@code what} names it in the log. */
    public void run(String what, Runnable step) {
        Duration wait = initial;
        for (int attempt = 1; ; attempt++) {
            try {
                step.run();
                if (attempt > 1) {
                    LOG.infof("%s succeeded after %d attempts", what, attempt);
                }
                return;
            } catch (RuntimeException e) {
                LOG.warnf(
                        "%s failed (attempt %d, retrying in %d ms): %s", what, attempt, wait.toMillis(), e.toString());
            }
            if (await(wait)) {
                throw new IllegalStateException(what + " abandoned: shutting down");
            }
            wait = wait.multipliedBy(2).compareTo(max) > 0 ? max : wait.multipliedBy(2);
        }
    }

    /** Ends waiting attempts and makes further failing ones give up at once. */
    public void stop() {
        stopped.countDown();
    }

    private boolean await(Duration wait) {
        try {
            return stopped.await(wait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return true;
        }
    }
}
