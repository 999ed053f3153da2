package io.wenliu.bench;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/** The report table's breakdown: where the time goes per stage, the work split, the service instances. */
final class BreakdownLines {

    private BreakdownLines() {}

    /** The stage timings, the work split and the service instances, each where the report has them. */
    static void write(BenchReport report, ReportLines out) {
        stages(report, out);
        cpu(report, out);
        workSplit(report, out);
        services(report, out);
    }

    private static void stages(BenchReport report, ReportLines out) {
        if (report.stages().isEmpty()) {
            return;
        }
        List<String> phases = List.copyOf(report.stages().keySet());
        out.line("");
        StringBuilder header =
                new StringBuilder(String.format(Locale.ROOT, "  %-30s", "where the time goes: mean (n)"));
        phases.forEach(phase -> header.append(String.format(Locale.ROOT, " %-24s", phase)));
        out.line("%s", header.toString().stripTrailing());
        List<StageTiming> rows = report.stages().get(phases.get(0));
        for (int i = 0; i < rows.size(); i++) {
            StringBuilder row = new StringBuilder(
                    String.format(Locale.ROOT, "  %-30s", rows.get(i).label()));
            for (String phase : phases) {
                row.append(String.format(Locale.ROOT, " %-24s", cell(find(report.stages(), phase, rows.get(i)))));
            }
            out.line("%s", row.toString().stripTrailing());
        }
    }

    /**
     * CPU milliseconds per article by process and phase, the stack's total and the throughput that total allows on
     * the machine's cores.
     */
    private static void cpu(BenchReport report, ReportLines out) {
        if (report.cpu() == null || report.cpu().isEmpty()) {
            return;
        }
        List<String> phases = List.copyOf(report.cpu().keySet());
        Set<String> processes = new LinkedHashSet<>();
        report.cpu().values().forEach(use -> use.processes().forEach(share -> processes.add(share.process())));
        out.line("");
        out.line("%s", row("CPU per article", phases, phase -> phase));
        for (String process : processes) {
            out.line(
                    "%s",
                    row(
                            "  " + process,
                            phases,
                            phase -> report.cpu().get(phase).processes().stream()
                                    .filter(share -> share.process().equals(process))
                                    .findFirst()
                                    .map(share -> milliseconds(share.msPerArticle()))
                                    .orElse(ReportLines.NA)));
        }
        out.line(
                "%s",
                row(
                        "  stack total",
                        phases,
                        phase -> milliseconds(report.cpu().get(phase).totalMsPerArticle())));
        out.line(
                "%s",
                row("  at most, on " + report.machine().cores() + " cores", phases, phase -> {
                    Double ceiling = report.cpu().get(phase).ceilingPerSecond();
                    return ceiling == null
                            ? ReportLines.NA
                            : String.format(Locale.ROOT, "%.1f %s/s", ceiling, report.unit());
                }));
        out.line(
                "%s",
                row("  benchmark (not counted)", phases, phase -> {
                    CpuUse.Share benchmark = report.cpu().get(phase).benchmark();
                    return benchmark == null ? ReportLines.NA : milliseconds(benchmark.msPerArticle());
                }));
    }

    private static String row(String label, List<String> phases, Function<String, String> cell) {
        StringBuilder row = new StringBuilder(String.format(Locale.ROOT, "  %-30s", label));
        phases.forEach(phase -> row.append(String.format(Locale.ROOT, " %-24s", cell.apply(phase))));
        return row.toString().stripTrailing();
    }

    private static String milliseconds(double ms) {
        return String.format(Locale.ROOT, "%.1f ms", ms);
    }

    private static StageTiming find(Map<String, List<StageTiming>> stages, String phase, StageTiming like) {
        return stages.get(phase).stream()
                .filter(timing -> timing.family().equals(like.family()))
                .findFirst()
                .orElse(null);
    }

    private static String cell(StageTiming timing) {
        if (timing == null || timing.count() == null) {
            return ReportLines.NA;
        }
        if (timing.meanMs() == null) {
            return "- (0 recorded)";
        }
        return String.format(Locale.ROOT, "%.1f ms (%d)", timing.meanMs(), timing.count());
    }

    private static void workSplit(BenchReport report, ReportLines out) {
        WorkSplit split = report.workSplit();
        if (split == null) {
            return;
        }
        out.line("");
        out.line("work split over the burst (%d articles)", split.expected());
        split.analysis()
                .forEach(work -> out.line("  %-24s %s enriched", work.instance(), ReportLines.count(work.count())));
        split.search()
                .forEach(work -> out.line("  %-24s %s indexed", work.instance(), ReportLines.count(work.count())));
        out.line("  %-24s %s", "indexed once each", split.check());
    }

    private static void services(BenchReport report, ReportLines out) {
        out.line("");
        out.line("  %-24s %8s %12s %16s", "service instance", "pid", "resident MB", "start → ready");
        for (MemoryFigure figure : report.services()) {
            out.line(
                    "  %-24s %8s %12s %16s",
                    figure.instance(),
                    figure.pid() == null ? ReportLines.NA : figure.pid().toString(),
                    figure.residentMb() == null
                            ? ReportLines.NA
                            : String.format(Locale.ROOT, "%.0f", figure.residentMb()),
                    figure.startupSeconds() == null ? ReportLines.NA : ReportLines.seconds(figure.startupSeconds()));
        }
    }
}
