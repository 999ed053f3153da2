package io.wenliu.ingest.status;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** A failing step is tried again until it passes; only stopping the service ends the attempts. */
class RetryWithBackoffTest {

    private static RetryWithBackoff createObjectUnderTest() {
        return new RetryWithBackoff(Duration.ofMillis(1), Duration.ofMillis(4));
    }

    @Test
    void retriesAFailingStepUntilItPasses() {
        AtomicInteger attempts = new AtomicInteger();

        createObjectUnderTest().run("step", () -> {
            if (attempts.incrementAndGet() < 5) {
                throw new IllegalStateException("database down");
            }
        });

        assertThat(attempts).hasValue(5);
    }

    @Test
    void aPassingStepRunsOnce() {
        AtomicInteger attempts = new AtomicInteger();

        createObjectUnderTest().run("step", attempts::incrementAndGet);

        assertThat(attempts).hasValue(1);
    }

    @Test
    void stoppingEndsTheAttemptsWithAnException() {
        RetryWithBackoff retry = new RetryWithBackoff(Duration.ofMillis(1), Duration.ofSeconds(30));
        AtomicInteger attempts = new AtomicInteger();
        CompletableFuture<Void> running = CompletableFuture.runAsync(() -> retry.run("step", () -> {
            attempts.incrementAndGet();
            throw new IllegalStateException("database down");
        }));
        await().atMost(Duration.ofSeconds(10)).until(() -> attempts.get() >= 3);

        retry.stop();

        assertThatThrownBy(() -> running.get())
                .hasRootCauseInstanceOf(IllegalStateException.class)
                .rootCause()
                .hasMessageContaining("shutting down");
    }
}
