package io.wenliu.ingest.drop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class CoalescedTaskTest {

    private final ScheduledThreadPoolExecutor scheduler = new ScheduledThreadPoolExecutor(1);
    private final AtomicInteger runs = new AtomicInteger();

    CoalescedTaskTest() {
        scheduler.setRemoveOnCancelPolicy(true);
    }

    @AfterEach
    void stop() {
        scheduler.shutdownNow();
    }

    @Test
    void requestsWhileARunIsPendingShareThatRun() throws Exception {
        CoalescedTask task = new CoalescedTask(scheduler, runs::incrementAndGet);

        for (int i = 0; i < 500; i++) {
            task.request(Duration.ofMillis(100));
        }
        task.request(Duration.ofMillis(400));
        afterEverythingDueWithin(Duration.ofMillis(600));

        assertThat(runs).hasValue(1);
    }

    @Test
    void anEarlierRequestBringsThePendingRunForwardInsteadOfAddingOne() throws Exception {
        CoalescedTask task = new CoalescedTask(scheduler, runs::incrementAndGet);

        task.request(Duration.ofHours(1));
        task.request(Duration.ZERO);

        await().atMost(Duration.ofSeconds(5))
                .untilAsserted(() -> assertThat(runs).hasValue(1));
        assertThat(scheduler.getQueue()).as("the hour-late run is gone").isEmpty();
    }

    @Test
    void aRequestMadeWhileTheTaskRunsGetsARunOfItsOwn() throws Exception {
        CountDownLatch running = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CoalescedTask task = new CoalescedTask(scheduler, () -> {
            if (runs.incrementAndGet() == 1) {
                running.countDown();
                awaitQuietly(release);
            }
        });

        task.request(Duration.ZERO);
        assertThat(running.await(5, TimeUnit.SECONDS)).isTrue();
        task.request(Duration.ZERO);
        release.countDown();

        await().atMost(Duration.ofSeconds(5))
                .untilAsserted(() -> assertThat(runs).hasValue(2));
        afterEverythingDueWithin(Duration.ofMillis(100));
        assertThat(runs).hasValue(2);
    }

    /** Returns once the single scheduler thread has run every task due within {@code horizon} from now. */
    private void afterEverythingDueWithin(Duration horizon) throws Exception {
        scheduler.schedule(() -> {}, horizon.toMillis(), TimeUnit.MILLISECONDS).get(10, TimeUnit.SECONDS);
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
