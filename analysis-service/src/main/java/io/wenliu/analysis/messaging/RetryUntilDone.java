package io.wenliu.analysis.messaging;

import io.quarkus.runtime.ShutdownEvent;
import io.wenliu.analysis.config.AnalysisConfig;
import io.wenliu.analysis.metrics.AnalysisMetrics;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import org.jboss.logging.Logger;

/**
 * Runs an action until it succeeds, waiting between attempts with a doubling, capped back-off: the policy for
 * transient failures (database or broker unavailable). Gives up only when the service stops.
 */
@ApplicationScoped
public class RetryUntilDone {
    private static final Logger LOG = Logger.getLogger(RetryUntilDone.class);

    private final Duration initial;
    private final Duration max;
    private final AnalysisMetrics metrics;
    private volatile boolean stopping;
    private volatile boolean failing;

    public RetryUntilDone(AnalysisConfig config, AnalysisMetrics metrics) {
        this.initial = config.retryInitialBackoff();
        this.max = config.retryMaxBackoff();
        this.metrics = metrics;
    }

    void onStop(@Observes ShutdownEvent event) {
        stopping = true;
    }

    /** Whether the last attempt failed and is waiting to be tried again (readiness). */
    public boolean failing() {
        return failing;
    }

    /** Runs {@code action} until it returns normally. */
    public void run(String what, Runnable action) {
        Duration delay = initial;
        for (int attempt = 1; ; attempt++) {
            try {
                action.run();
                if (failing) {
                    LOG.infof("%s succeeded after %d attempts", what, attempt);
                }
                failing = false;
                return;
            } catch (RuntimeException e) {
                if (stopping) {
                    throw e;
                }
                failing = true;
                metrics.retried(e);
                LOG.warnf("%s failed (attempt %d), retrying in %d ms: %s", what, attempt, delay.toMillis(), e);
                sleep(delay, e);
                delay = delay.multipliedBy(2).compareTo(max) > 0 ? max : delay.multipliedBy(2);
            }
        }
    }

    private static void sleep(Duration delay, RuntimeException cause) {
        try {
            Thread.sleep(delay.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw cause;
        }
    }
}
