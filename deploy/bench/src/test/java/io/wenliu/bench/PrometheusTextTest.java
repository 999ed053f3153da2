package io.wenliu.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PrometheusTextTest {

    private static final String TEXT = """
            # HELP wenliu_search_documents_total Documents written to OpenSearch
            # TYPE wenliu_search_documents_total counter
            wenliu_search_documents_total{operation="delete"} 3.0
            wenliu_search_documents_total{operation="index"} 120.0
            # TYPE wenliu_search_bulk_seconds summary
            wenliu_search_bulk_seconds_count 10.0
            wenliu_search_bulk_seconds_sum 0.5
            wenliu_search_bulk_seconds_max 0.2
            http_server_requests_seconds_count{method="GET",outcome="SUCCESS",uri="/api/search",note="a \\"quoted\\", odd}"} 7.0 1700000000000
            jvm_gc_pause_seconds_max NaN
            not a sample
            """;

    @Test
    void parsesNamesLabelsAndValuesSkippingCommentsAndJunk() {
        List<PrometheusText.Sample> samples = PrometheusText.parse(TEXT);

        assertThat(samples).hasSize(7);
        assertThat(samples.get(1))
                .isEqualTo(new PrometheusText.Sample(
                        "wenliu_search_documents_total", Map.of("operation", "index"), 120.0));
        assertThat(samples.get(5).labels())
                .containsEntry("note", "a \"quoted\", odd}")
                .containsEntry("uri", "/api/search");
        assertThat(samples.get(5).value()).isEqualTo(7.0);
        assertThat(samples.get(6).value()).isNaN();
    }

    @Test
    void timerDeltasAreSummedOverInstancesAndAbsentTimersAreNotAvailable() {
        MetricsSnapshot before = new MetricsSnapshot(Map.of(
                "search-service", PrometheusText.parse("""
                        wenliu_search_bulk_seconds_count 10.0
                        wenliu_search_bulk_seconds_sum 0.5
                        """),
                "search-service-2", PrometheusText.parse("")));
        MetricsSnapshot after = new MetricsSnapshot(Map.of(
                "search-service", PrometheusText.parse("""
                        wenliu_search_bulk_seconds_count 14.0
                        wenliu_search_bulk_seconds_sum 0.9
                        wenliu_search_extra_seconds_count 0.0
                        wenliu_search_extra_seconds_sum 0.0
                        wenliu_ingest_outbox_oldest_age_seconds 4.0
                        """),
                "search-service-2", PrometheusText.parse("""
                        wenliu_search_bulk_seconds_count 6.0
                        wenliu_search_bulk_seconds_sum 0.1
                        """)));

        List<StageTiming> timings = StageTimings.between(before, after);

        assertThat(timings)
                .extracting(StageTiming::label)
                .startsWith(
                        "file detection",
                        "ledger + outbox",
                        "relay lag",
                        "queueing before analysis",
                        "enrichment per article",
                        "queueing before search",
                        "bulk indexing (per request)",
                        "refresh wait");
        StageTiming bulk = timings.get(6);
        assertThat(bulk.count()).isEqualTo(10);
        assertThat(bulk.meanMs()).isEqualTo(50.0, within(1e-9));
        assertThat(timings.get(0).count()).as("absent timer").isNull();
        assertThat(timings.get(0).meanMs()).isNull();
        assertThat(timings).hasSize(9);
        assertThat(timings.get(8).family()).isEqualTo("wenliu_search_extra_seconds");
        assertThat(timings.get(8).count()).isZero();
        assertThat(timings.get(8).meanMs()).as("nothing recorded").isNull();
    }

    @Test
    void workSplitCountsDeltasPerInstanceAndChecksNothingWasIndexedTwice() {
        List<ServiceEndpoint> services = List.of(
                new ServiceEndpoint("ingest-service", "ingest-service", "http://i", 1, null),
                new ServiceEndpoint("analysis-service", "analysis-service", "http://a", 2, null),
                new ServiceEndpoint("search-service", "search-service", "http://s", 3, null),
                new ServiceEndpoint("search-service", "search-service-2", "http://s2", 4, null));
        MetricsSnapshot before = new MetricsSnapshot(Map.of(
                "search-service",
                PrometheusText.parse("wenliu_search_documents_total{operation=\"index\"} 100.0\n"),
                "search-service-2",
                PrometheusText.parse("wenliu_search_documents_total{operation=\"index\"} 5.0\n")));
        MetricsSnapshot after = new MetricsSnapshot(Map.of(
                "search-service",
                PrometheusText.parse("wenliu_search_documents_total{operation=\"index\"} 118.0\n"
                        + "wenliu_search_documents_total{operation=\"delete\"} 9.0\n"),
                "search-service-2",
                PrometheusText.parse("wenliu_search_documents_total{operation=\"index\"} 17.0\n")));

        WorkSplit split = WorkSplit.between(before, after, services, 30);

        assertThat(split.analysis()).containsExactly(new WorkSplit.InstanceWork("analysis-service", null));
        assertThat(split.search())
                .containsExactly(
                        new WorkSplit.InstanceWork("search-service", 18L),
                        new WorkSplit.InstanceWork("search-service-2", 12L));
        assertThat(split.searchTotal()).isEqualTo(30);
        assertThat(split.check()).isEqualTo("ok");
        assertThat(WorkSplit.between(before, after, services, 29).mismatch()).isTrue();
        assertThat(WorkSplit.between(before, new MetricsSnapshot(Map.of()), services, 30)
                        .check())
                .isEqualTo("n/a");
    }
}
