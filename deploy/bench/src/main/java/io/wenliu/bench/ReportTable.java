package io.wenliu.bench;

/** Renders a report as the one text table printed at the end of a run, the headline first. */
final class ReportTable {

    private final BenchReport report;
    private final ReportLines out = new ReportLines();

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
                machine.totalMemoryMb() == null
                        ? ReportLines.NA
                        : machine.totalMemoryMb().toString(),
                machine.os(),
                machine.java());
        line("stack: %s%s", report.stack(), report.options().smoke() ? " (smoke run)" : "");
        line("");
        headline();
        line("");
        ThroughputLines.write(report, out);
        SearchLines.write(report, out);
        BreakdownLines.write(report, out);
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
            line("pipeline ÷ raw _bulk: %s (burst or raw phase skipped or failed)", ReportLines.NA);
            return;
        }
        line(
                "pipeline ÷ raw _bulk: %.3f (pipeline %.1f %s/s, raw %.0f docs/s)",
                headline.ratio(), headline.pipelinePerSecond(), report.unit(), headline.rawPerSecond());
    }

    private void line(String format, Object... args) {
        out.line(format, args);
    }
}
