package io.wenliu.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PollIntervalTest {

    @Test
    void withoutAnyHitYetItPollsAtTheFixedPace() {
        assertThat(PollInterval.millis(0, 1000, 5.0)).isEqualTo(200);
    }

    @Test
    void farFromTheEndItPollsOncePerSecond() {
        // 100 of 1,000 in 4 s: 36 s left
        assertThat(PollInterval.millis(100, 900, 4.0)).isEqualTo(1000);
    }

    @Test
    void nearTheEndItPollsEveryTenthOfASecond() {
        // 990 of 1,000 in 10 s: 0.1 s left
        assertThat(PollInterval.millis(990, 10, 10.0)).isEqualTo(100);
        assertThat(PollInterval.millis(999, 1, 40.0)).isEqualTo(100);
    }

    @Test
    void inBetweenAQuarterOfTheTimeLeft() {
        // 950 of 1,000 in 19 s: 1 s left
        assertThat(PollInterval.millis(950, 50, 19.0)).isEqualTo(250);
    }
}
