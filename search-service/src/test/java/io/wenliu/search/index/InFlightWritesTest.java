package io.wenliu.search.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** An index may be deleted only after every write that could still reach it has finished. */
class InFlightWritesTest {

    private final ExecutorService pool = Executors.newFixedThreadPool(3);
    private final InFlightWrites writes = new InFlightWrites();

    @AfterEach
    void stop() {
        pool.shutdownNow();
    }

    private final AtomicInteger writesFinished = new AtomicInteger();

    private Future<String> blockedWrite(CountDownLatch started, CountDownLatch release) {
        return pool.submit(() -> writes.run(() -> {
            started.countDown();
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            writesFinished.incrementAndGet();
            return "written";
        }));
    }

    @Test
    void awaitIdleReturnsOnlyAfterTheWriteInFlight() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Future<String> write = blockedWrite(started, release);
        started.await();

        Future<Integer> idle = pool.submit(() -> {
            writes.awaitIdle();
            return writesFinished.get();
        });
        await().during(Duration.ofMillis(300)).atMost(Duration.ofSeconds(2)).until(() -> !idle.isDone());
        release.countDown();

        // the write's body has finished by the time awaitIdle returns (its Future may complete a moment later)
        assertThat(idle.get(5, TimeUnit.SECONDS)).isEqualTo(1);
        assertThat(write.get(5, TimeUnit.SECONDS)).isEqualTo("written");
    }

    @Test
    void writesRunSideBySide() throws Exception {
        CountDownLatch bothStarted = new CountDownLatch(2);
        CountDownLatch release = new CountDownLatch(1);
        Future<String> first = blockedWrite(bothStarted, release);
        Future<String> second = blockedWrite(bothStarted, release);

        assertThat(bothStarted.await(5, TimeUnit.SECONDS)).isTrue();
        release.countDown();
        assertThat(first.get(5, TimeUnit.SECONDS)).isEqualTo("written");
        assertThat(second.get(5, TimeUnit.SECONDS)).isEqualTo("written");
    }
}
