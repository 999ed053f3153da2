package io.wenliu.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * How the burst's work was split between instances: articles enriched per analysis instance, documents indexed per
 * search instance, and whether the search instances together indexed each article exactly once.
 */
public record WorkSplit(
        List<InstanceWork> analysis, List<InstanceWork> search, Long searchTotal, long expected, String check) {

    /** One instance's share; null when its metric is absent. */
    public record InstanceWork(String instance, Long count) {}

    static final String ANALYSIS_METRIC = "wenliu_analysis_articles_total";
    static final String SEARCH_METRIC = "wenliu_search_documents_total";

    static WorkSplit between(
            MetricsSnapshot before, MetricsSnapshot after, List<ServiceEndpoint> services, long expected) {
        List<InstanceWork> analysis = new ArrayList<>();
        List<InstanceWork> search = new ArrayList<>();
        for (ServiceEndpoint service : services) {
            if (service.service().startsWith("analysis")) {
                analysis.add(work(before, after, service, ANALYSIS_METRIC, Map.of()));
            } else if (service.service().startsWith("search")) {
                search.add(work(before, after, service, SEARCH_METRIC, Map.of("operation", "index")));
            }
        }
        Long total = 0L;
        for (InstanceWork work : search) {
            total = total == null || work.count() == null ? null : total + work.count();
        }
        if (search.isEmpty()) {
            total = null;
        }
        String check;
        if (total == null) {
            check = "n/a";
        } else if (total == expected) {
            check = "ok";
        } else {
            check = "MISMATCH: " + total + " documents indexed for " + expected + " articles";
        }
        return new WorkSplit(analysis, search, total, expected, check);
    }

    /** Whether the check ran and failed. */
    boolean mismatch() {
        return check.startsWith("MISMATCH");
    }

    private static InstanceWork work(
            MetricsSnapshot before,
            MetricsSnapshot after,
            ServiceEndpoint service,
            String metric,
            Map<String, String> labels) {
        Double delta = after.deltaSince(before, service.instanceName(), metric, labels);
        return new InstanceWork(service.instanceName(), delta == null ? null : Math.round(delta));
    }
}
