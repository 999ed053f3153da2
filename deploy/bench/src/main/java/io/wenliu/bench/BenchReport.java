package io.wenliu.bench;

import java.util.List;
import java.util.Map;

/**
 * Everything one run measured, for the table and the JSON file; a phase that was skipped (or not reached after a
 * failure) is null.
 */
public record BenchReport(
        String runId,
        String date,
        MachineFacts machine,
        BenchOptions options,
        String stack,
        String unit,
        Headline headline,
        Double warmupSeconds,
        Throughput burst,
        Throughput raw,
        UploadResult upload,
        FreshnessResult freshness,
        FreshnessResult load,
        FillResult fill,
        SearchResult search,
        Map<String, List<StageTiming>> stages,
        Map<String, CpuUse> cpu,
        WorkSplit workSplit,
        List<MemoryFigure> services,
        List<String> failures) {

    /** Whether anything failed: lost articles, timeouts, error answers. */
    public boolean failed() {
        return !failures.isEmpty();
    }
}
