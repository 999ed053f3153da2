package io.wenliu.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class PercentilesTest {

    @Test
    void nearestRankOfOneToHundred() {
        long[] sorted = LongStream.rangeClosed(1, 100).toArray();

        assertThat(Percentiles.of(sorted, 50)).isEqualTo(50);
        assertThat(Percentiles.of(sorted, 95)).isEqualTo(95);
        assertThat(Percentiles.of(sorted, 99)).isEqualTo(99);
        assertThat(Percentiles.of(sorted, 100)).isEqualTo(100);
        assertThat(Percentiles.of(sorted, 0.5)).isEqualTo(1);
    }

    @Test
    void smallSamplesUseTheSmallestValueCoveringThePercentile() {
        long[] sorted = {10, 20, 30, 40, 50};

        assertThat(Percentiles.of(sorted, 50)).isEqualTo(30);
        assertThat(Percentiles.of(sorted, 95)).isEqualTo(50);
        assertThat(Percentiles.of(new long[] {7}, 99)).isEqualTo(7);
    }

    @Test
    void summarySortsNanosecondsAndReportsMillisecondsAndRate() {
        long[] nanos = {5_000_000, 1_000_000, 3_000_000, 2_000_000, 4_000_000};

        LatencyStats stats = Percentiles.summarize(nanos, 2.0, 1);

        assertThat(stats.count()).isEqualTo(5);
        assertThat(stats.p50Ms()).isEqualTo(3.0, within(1e-9));
        assertThat(stats.p95Ms()).isEqualTo(5.0, within(1e-9));
        assertThat(stats.maxMs()).isEqualTo(5.0, within(1e-9));
        assertThat(stats.perSecond()).isEqualTo(2.5, within(1e-9));
        assertThat(stats.errors()).isEqualTo(1);
        assertThat(nanos[0]).as("input left unsorted").isEqualTo(5_000_000);
        assertThat(Percentiles.summarize(new long[0], 1, 0)).isNull();
    }

    @Test
    void rejectsEmptySamplesAndPercentilesOutOfRange() {
        assertThatThrownBy(() -> Percentiles.of(new long[0], 50)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Percentiles.of(new long[] {1}, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Percentiles.of(new long[] {1}, 101)).isInstanceOf(IllegalArgumentException.class);
    }
}
