package io.wenliu.bench;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Renders a report as the one text table printed at the end of a run, the headline first. */
final class ReportTable {

    private static final String NA = "n/a";

    private final BenchReport report;
    private final StringBuilder out = new StringBuilder();

    private ReportTable(BenchReport report) {
        this.report = report;
    }

    static String render(BenchReport report) {
        return new ReportTable(report).build();
    }

    private String build() {
        MachineFacts machine = report.machine();
        line("Wenliu benchmark %s, %s", report.runId(), report.date());
        line(
                "machine: %d cores, %s MB, %s, Java %s",
                machine.cores(),
                machine.totalMemoryMb() == null ? NA : machine.totalMemoryMb().toString(),
                machine.os(),
                machine.java());
        line("stack: %s%s", report.stack(), report.options().smoke() ? " (smoke run)" : "");
        line("");
        headline();
        line("");
        throughputSections();
        freshness("freshness idle", report.freshness());
        freshness("freshness under load", report.load());
        fill();
        search();
        stages();
        workSplit();
        services();
        line("");
        if (report.failures().isEmpty()) {
            line("result: OK");
        } else {
            line("result: FAILED");
            report.failures().forEach(failure -> line("  - %s", failure));
        }
        return out.toString();
    }

    private void headline() {
        Headline headline = report.headline();
        if (headline.ratio() == null) {
            line("pipeline ÷ raw _bulk: %s (burst or raw phase skipped or failed)", NA);
            return;
        }
        line(
                "pipeline ÷ raw _bulk: %.3f (pipeline %.1f %s/s, raw %.0f docs/s)",
                headline.ratio(), headline.pipelinePerSecond(), report.unit(), headline.rawPerSecond());
    }

    private void throughputSections() {
        String unit = report.unit();
        line("%-22s %s", "warm-up", report.warmupSeconds() == null ? "skipped" : seconds(report.warmupSeconds()));
        Throughput burst = report.burst();
        line(
                "%-22s %s",
                "burst",
                burst == null
                        ? "skipped"
                        : String.format(
                                Locale.ROOT,
                                "%d %s, avg %d chars: %.1f %s/s, %.0f chars/s (%s)",
                                burst.count(),
                                unit,
                                burst.chars() / Math.max(1, burst.count()),
                                burst.perSecond(),
                                unit,
                                burst.charsPerSecond(),
                                seconds(burst.seconds())));
        Throughput raw = report.raw();
        line(
                "%-22s %s",
                "raw _bulk",
                raw == null
                        ? "skipped"
                        : String.format(
                                Locale.ROOT,
                                "%d docs: %.0f docs/s, %.0f chars/s (%s)",
                                raw.count(),
                                raw.perSecond(),
                                raw.charsPerSecond(),
                                seconds(raw.seconds())));
        UploadResult upload = report.upload();
        if (upload == null) {
            line("%-22s skipped", "upload");
            return;
        }
        Throughput t = upload.throughput();
        line(
                "%-22s %d of %d accepted, %d clients: %.1f %s/s, %.0f chars/s (%s), ÷ raw %s",
                "upload",
                upload.accepted(),
                upload.sent(),
                upload.clients(),
                t.perSecond(),
                unit,
                t.charsPerSecond(),
                seconds(t.seconds()),
                report.headline().uploadRatio() == null
                        ? NA
                        : String.format(Locale.ROOT, "%.3f", report.headline().uploadRatio()));
        if (upload.requests() != null) {
            line(
                    "%-22s p50 %.0f ms, p95 %.0f ms",
                    "  upload request",
                    upload.requests().p50Ms(),
                    upload.requests().p95Ms());
        }
    }

    private void freshness(String label, FreshnessResult result) {
        if (result == null) {
            line("%-22s skipped", label);
            return;
        }
        LatencyStats l = result.latency();
        String background = result.backgroundCount() == null
                ? ""
                : String.format(
                        Locale.ROOT,
                        "; background %.2f/s aimed, %.2f/s achieved, %d dropped, none lost",
                        result.backgroundTargetPerSecond(),
                        result.backgroundPerSecond(),
                        result.backgroundCount());
        line(
                "%-22s %d samples: p50 %s, p95 %s, p99 %s, max %s%s",
                label,
                l.count(),
                seconds(l.p50Ms() / 1000),
                seconds(l.p95Ms() / 1000),
                seconds(l.p99Ms() / 1000),
                seconds(l.maxMs() / 1000),
                background);
    }

    private void fill() {
        FillResult fill = report.fill();
        if (fill == null) {
            line("%-22s skipped", "fill");
        } else if (fill.sustained() == null) {
            line("%-22s not needed (index holds %d, target %d)", "fill", fill.before(), fill.target());
        } else {
            Throughput t = fill.sustained();
            line(
                    "%-22s %d %s added (index %d → %d): sustained %.1f %s/s, %.0f chars/s (%s)",
                    "fill",
                    t.count(),
                    report.unit(),
                    fill.before(),
                    fill.after(),
                    t.perSecond(),
                    report.unit(),
                    t.charsPerSecond(),
                    seconds(t.seconds()));
        }
    }

    private void search() {
        SearchResult search = report.search();
        if (search == null) {
            line("%-22s skipped", "search");
            return;
        }
        line("");
        line("search latency (index of %d articles, %d terms)", search.indexSize(), search.terms());
        line(
                "  %-8s %-11s %9s %8s %8s %8s %8s %7s",
                "clients", "target", "queries/s", "p50 ms", "p95 ms", "p99 ms", "max ms", "errors");
        for (SearchLevel level : search.levels()) {
            searchRow(level.clients(), "OpenSearch", level.openSearch());
            searchRow(level.clients(), "service", level.service());
            line(
                    "  %-8s service ÷ plain: p50 %s, p99 %s",
                    "",
                    level.p50Ratio() == null ? NA : String.format(Locale.ROOT, "%.2f", level.p50Ratio()),
                    level.p99Ratio() == null ? NA : String.format(Locale.ROOT, "%.2f", level.p99Ratio()));
        }
    }

    private void searchRow(int clients, String target, LatencyStats l) {
        line(
                "  %-8d %-11s %9.1f %8.1f %8.1f %8.1f %8.1f %7d",
                clients, target, l.perSecond(), l.p50Ms(), l.p95Ms(), l.p99Ms(), l.maxMs(), l.errors());
    }

    private void stages() {
        if (report.stages().isEmpty()) {
            return;
        }
        List<String> phases = List.copyOf(report.stages().keySet());
        line("");
        StringBuilder header =
                new StringBuilder(String.format(Locale.ROOT, "  %-30s", "where the time goes: mean (n)"));
        phases.forEach(phase -> header.append(String.format(Locale.ROOT, " %-24s", phase)));
        line("%s", header.toString().stripTrailing());
        List<StageTiming> rows = report.stages().get(phases.get(0));
        for (int i = 0; i < rows.size(); i++) {
            StringBuilder row = new StringBuilder(
                    String.format(Locale.ROOT, "  %-30s", rows.get(i).label()));
            for (String phase : phases) {
                row.append(String.format(Locale.ROOT, " %-24s", cell(find(report.stages(), phase, rows.get(i)))));
            }
            line("%s", row.toString().stripTrailing());
        }
    }

    private static StageTiming find(Map<String, List<StageTiming>> stages, String phase, StageTiming like) {
        return stages.get(phase).stream()
                .filter(timing -> timing.family().equals(like.family()))
                .findFirst()
                .orElse(null);
    }

    private static String cell(StageTiming timing) {
        if (timing == null || timing.count() == null) {
            return NA;
        }
        if (timing.meanMs() == null) {
            return "- (0 recorded)";
        }
        return String.format(Locale.ROOT, "%.1f ms (%d)", timing.meanMs(), timing.count());
    }

    private void workSplit() {
        WorkSplit split = report.workSplit();
        if (split == null) {
            return;
        }
        line("");
        line("work split over the burst (%d articles)", split.expected());
        split.analysis().forEach(work -> line("  %-24s %s enriched", work.instance(), count(work.count())));
        split.search().forEach(work -> line("  %-24s %s indexed", work.instance(), count(work.count())));
        line("  %-24s %s", "indexed once each", split.check());
    }

    private void services() {
        line("");
        line("  %-24s %8s %12s %16s", "service instance", "pid", "resident MB", "start → ready");
        for (MemoryFigure figure : report.services()) {
            line(
                    "  %-24s %8s %12s %16s",
                    figure.instance(),
                    figure.pid() == null ? NA : figure.pid().toString(),
                    figure.residentMb() == null ? NA : String.format(Locale.ROOT, "%.0f", figure.residentMb()),
                    figure.startupSeconds() == null ? NA : seconds(figure.startupSeconds()));
        }
    }

    private static String count(Long value) {
        return value == null ? NA : value.toString();
    }

    private static String seconds(double seconds) {
        return String.format(Locale.ROOT, "%.2f s", seconds);
    }

    private void line(String format, Object... args) {
        out.append(String.format(Locale.ROOT, format, args)).append('\n');
    }
}
