package io.wenliu.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ThroughputTest {

    @Test
    void theMedianRunIsTheMiddleRateWhateverTheOrder() {
        Throughput slow = Throughput.of(2000, 4_000_000, 2.8);
        Throughput middle = Throughput.of(2000, 4_000_000, 2.0);
        Throughput fast = Throughput.of(2000, 4_000_000, 1.3);

        assertThat(Throughput.median(List.of(fast, slow, middle))).isSameAs(middle);
        assertThat(Throughput.median(List.of(middle, fast, slow))).isSameAs(middle);
        assertThat(Throughput.median(List.of(slow))).isSameAs(slow);
    }

    @Test
    void noRunHasNoMedian() {
        assertThatThrownBy(() -> Throughput.median(List.of())).isInstanceOf(IllegalArgumentException.class);
    }
}
