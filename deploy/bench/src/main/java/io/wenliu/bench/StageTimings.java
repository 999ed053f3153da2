package io.wenliu.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * "Where the time goes": for every Micrometer timer family {@code wenliu_..._seconds}, the count and mean duration
 * recorded between two scrapes, summed over all instances; the pipeline's stages first, in pipeline order.
 */
final class StageTimings {

    /** The pipeline's timers in order, with their labels; any other {@code wenliu_*_seconds} timer follows. */
    static final Map<String, String> STAGES = stages();

    private StageTimings() {}

    private static Map<String, String> stages() {
        Map<String, String> stages = new LinkedHashMap<>();
        stages.put("wenliu_ingest_detection_seconds", "file detection");
        stages.put("wenliu_ingest_processing_seconds", "ledger + outbox");
        stages.put("wenliu_ingest_relay_lag_seconds", "relay lag");
        stages.put("wenliu_analysis_queue_seconds", "queueing before analysis");
        stages.put("wenliu_analysis_enrichment_seconds", "enrichment per article");
        stages.put("wenliu_search_queue_seconds", "queueing before search");
        stages.put("wenliu_search_bulk_seconds", "bulk indexing (per request)");
        stages.put("wenliu_search_refresh_seconds", "refresh wait");
        return stages;
    }

    static List<StageTiming> between(MetricsSnapshot before, MetricsSnapshot after) {
        List<StageTiming> timings = new ArrayList<>();
        STAGES.forEach((family, label) -> timings.add(timing(before, after, family, label)));
        for (String family : otherFamilies(after)) {
            timings.add(timing(before, after, family, family));
        }
        return timings;
    }

    private static TreeSet<String> otherFamilies(MetricsSnapshot after) {
        TreeSet<String> families = new TreeSet<>();
        after.byInstance()
                .values()
                .forEach(samples -> samples.forEach(sample -> {
                    String name = sample.name();
                    if (name.startsWith("wenliu_") && name.endsWith("_seconds_count")) {
                        String family = name.substring(0, name.length() - "_count".length());
                        if (!STAGES.containsKey(family)) {
                            families.add(family);
                        }
                    }
                }));
        return families;
    }

    private static StageTiming timing(MetricsSnapshot before, MetricsSnapshot after, String family, String label) {
        Double count = null;
        Double sum = null;
        for (String instance : after.byInstance().keySet()) {
            Double instanceCount = after.deltaSince(before, instance, family + "_count", Map.of());
            Double instanceSum = after.deltaSince(before, instance, family + "_sum", Map.of());
            if (instanceCount != null && instanceSum != null) {
                count = (count == null ? 0 : count) + instanceCount;
                sum = (sum == null ? 0 : sum) + instanceSum;
            }
        }
        if (count == null) {
            return new StageTiming(label, family, null, null);
        }
        long requests = Math.round(count);
        return new StageTiming(label, family, requests, requests > 0 ? sum / count * 1000 : null);
    }
}
