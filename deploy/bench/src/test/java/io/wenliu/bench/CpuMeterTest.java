package io.wenliu.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import org.junit.jupiter.api.Test;

class CpuMeterTest {

    private final CpuMeter meter = new CpuMeter(Map.of(), 2);

    @Test
    void perArticleFiguresTotalAndCeilingLeaveTheBenchmarkOut() {
        CpuUse use = meter.between(
                Map.of("analysis-service", 10.0, "OpenSearch", 4.0, CpuMeter.BENCHMARK, 1.0, "gone", 3.0),
                Map.of("analysis-service", 11.5, "OpenSearch", 4.5, CpuMeter.BENCHMARK, 1.2, "new", 9.0),
                100);

        assertThat(use.processes())
                .extracting(CpuUse.Share::process)
                .containsExactlyInAnyOrder("analysis-service", "OpenSearch");
        CpuUse.Share analysis = use.processes().stream()
                .filter(share -> share.process().equals("analysis-service"))
                .findFirst()
                .orElseThrow();
        assertThat(analysis.seconds()).isCloseTo(1.5, within(1e-9));
        assertThat(analysis.msPerArticle()).isCloseTo(15.0, within(1e-9));
        assertThat(use.totalMsPerArticle()).isCloseTo(20.0, within(1e-9));
        assertThat(use.ceilingPerSecond()).isCloseTo(100.0, within(1e-9));
        assertThat(use.benchmark().msPerArticle()).isCloseTo(2.0, within(1e-9));
    }

    @Test
    void noFigureWithoutArticlesOrWithoutAProcessOfTheStack() {
        assertThat(meter.between(Map.of("OpenSearch", 1.0), Map.of("OpenSearch", 2.0), 0))
                .isNull();
        assertThat(meter.between(Map.of(CpuMeter.BENCHMARK, 1.0), Map.of(CpuMeter.BENCHMARK, 2.0), 10))
                .isNull();
    }

    @Test
    void readsTheProcessesItCanFind() {
        CpuMeter self = new CpuMeter(Map.of("me", ProcessHandle.current().pid(), "nobody", Long.MAX_VALUE), 2);

        assertThat(self.read()).containsOnlyKeys("me");
        assertThat(self.read().get("me")).isPositive();
        assertThat(self.perArticle(10).processes())
                .extracting(CpuUse.Share::process)
                .containsExactly("me");
    }
}
