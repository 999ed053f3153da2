package io.wenliu.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReportTableTest {

    private static BenchReport report(Throughput burst, Throughput raw, List<String> failures) {
        MetricsSnapshot empty = new MetricsSnapshot(Map.of());
        return new BenchReport(
                "20260101-120000",
                "2026-01-01T12:00:00+01:00",
                new MachineFacts(2, 24000L, "Linux 6.1", "17.0.15"),
                BenchOptions.smokeDefaults(),
                "own stack in /tmp/x (1 analysis and search instance(s))",
                "articles",
                Headline.of(burst, raw, null),
                4.2,
                burst,
                raw,
                null,
                new FreshnessResult(new LatencyStats(5, 1500, 1900, 1950, 2000, 1, 0), null, null, null),
                null,
                new FillResult(0, 45, 45, null),
                new SearchResult(
                        45,
                        90,
                        SearchQueries.REPEATED,
                        List.of(new SearchLevel(
                                4,
                                new LatencyStats(100, 2, 4, 5, 9, 33.3, 0),
                                new LatencyStats(80, 6, 12, 20, 30, 26.6, 0),
                                3.0,
                                4.0,
                                List.of(),
                                new CpuUse(
                                        List.of(new CpuUse.Share("OpenSearch", 0.8, 4.0)),
                                        new CpuUse.Share(CpuMeter.BENCHMARK, 0.2, 1.0),
                                        4.0,
                                        500.0),
                                null))),
                Map.of("burst", StageTimings.between(empty, empty)),
                Map.of(
                        "burst",
                        new CpuUse(
                                List.of(
                                        new CpuUse.Share("analysis-service", 3.75, 12.5),
                                        new CpuUse.Share("OpenSearch", 3.75, 12.5)),
                                new CpuUse.Share(CpuMeter.BENCHMARK, 0.3, 1.0),
                                25.0,
                                80.0)),
                null,
                List.of(new MemoryFigure("ingest-service", 42L, 300.5, 21.0)),
                failures);
    }

    @Test
    void theHeadlineComesFirstAndAbsentFiguresPrintNotAvailable() {
        String table =
                ReportTable.render(report(Throughput.of(30, 60000, 2.5), Throughput.of(30, 60000, 0.1), List.of()));

        String headline = table.lines()
                .filter(line -> line.startsWith("pipeline ÷ raw _bulk"))
                .findFirst()
                .orElseThrow();
        assertThat(headline).isEqualTo("pipeline ÷ raw _bulk: 0.040 (pipeline 12.0 articles/s, raw 300 docs/s)");
        assertThat(table.indexOf(headline)).isLessThan(table.indexOf("burst"));
        assertThat(table).contains("upload                 skipped");
        assertThat(table).contains("file detection").contains("n/a");
        assertThat(table).contains("service ÷ plain: p50 3.00, p99 4.00");
        assertThat(table).contains("search latency (index of 45 articles, 90 terms, cycled)");
        assertThat(table)
                .contains("CPU ms per query, plain: OpenSearch 4.0 = 4.0 (at most 500 queries/s on 2 cores);"
                        + " benchmark 1.0")
                .doesNotContain("CPU ms per query, service");
        assertThat(table).contains("result: OK");
        assertThat(table)
                .containsPattern("CPU per article +burst")
                .containsPattern("analysis-service +12.5 ms")
                .containsPattern("stack total +25.0 ms")
                .containsPattern("at most, on 2 cores +80.0 articles/s")
                .containsPattern("benchmark \\(not counted\\) +1.0 ms");
    }

    @Test
    void skippedReferenceAndFailuresAreSpelledOut() {
        String table = ReportTable.render(report(null, null, List.of("[burst] timed out after 900 s")));

        assertThat(table).contains("pipeline ÷ raw _bulk: n/a");
        assertThat(table).contains("result: FAILED").contains("[burst] timed out after 900 s");
        assertThat(ReportJson.toJson(report(null, null, List.of())))
                .contains("\"runId\" : \"20260101-120000\"")
                .contains("\"queries\" : \"repeated\"")
                .doesNotContain("ingestApiKey");
    }
}
