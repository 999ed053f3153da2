package io.wenliu.bench;

import java.util.Locale;

/** The report table's lines for the pipeline phases: warm-up, burst, raw _bulk, upload, freshness and fill. */
final class ThroughputLines {

    private ThroughputLines() {}

    /** The warm-up, burst, raw, upload, freshness (idle, under load) and fill lines, in that order. */
    static void write(BenchReport report, ReportLines out) {
        throughput(report, out);
        freshness(report, out, "freshness idle", report.freshness());
        freshness(report, out, "freshness under load", report.load());
        fill(report, out);
    }

    private static void throughput(BenchReport report, ReportLines out) {
        String unit = report.unit();
        out.line(
                "%-22s %s",
                "warm-up", report.warmupSeconds() == null ? "skipped" : ReportLines.seconds(report.warmupSeconds()));
        Throughput burst = report.burst();
        out.line(
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
                                ReportLines.seconds(burst.seconds())));
        Throughput raw = report.raw();
        out.line(
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
                                ReportLines.seconds(raw.seconds())));
        UploadResult upload = report.upload();
        if (upload == null) {
            out.line("%-22s skipped", "upload");
            return;
        }
        Throughput t = upload.throughput();
        out.line(
                "%-22s %d of %d accepted, %d clients: %.1f %s/s, %.0f chars/s (%s), ÷ raw %s",
                "upload",
                upload.accepted(),
                upload.sent(),
                upload.clients(),
                t.perSecond(),
                unit,
                t.charsPerSecond(),
                ReportLines.seconds(t.seconds()),
                report.headline().uploadRatio() == null
                        ? ReportLines.NA
                        : String.format(Locale.ROOT, "%.3f", report.headline().uploadRatio()));
        if (upload.requests() != null) {
            out.line(
                    "%-22s p50 %.0f ms, p95 %.0f ms",
                    "  upload request",
                    upload.requests().p50Ms(),
                    upload.requests().p95Ms());
        }
    }

    private static void freshness(BenchReport report, ReportLines out, String label, FreshnessResult result) {
        if (result == null) {
            out.line("%-22s skipped", label);
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
        out.line(
                "%-22s %d samples: p50 %s, p95 %s, p99 %s, max %s%s",
                label,
                l.count(),
                ReportLines.seconds(l.p50Ms() / 1000),
                ReportLines.seconds(l.p95Ms() / 1000),
                ReportLines.seconds(l.p99Ms() / 1000),
                ReportLines.seconds(l.maxMs() / 1000),
                background);
    }

    private static void fill(BenchReport report, ReportLines out) {
        FillResult fill = report.fill();
        if (fill == null) {
            out.line("%-22s skipped", "fill");
        } else if (fill.sustained() == null) {
            out.line("%-22s not needed (index holds %d, target %d)", "fill", fill.before(), fill.target());
        } else {
            Throughput t = fill.sustained();
            out.line(
                    "%-22s %d %s added (index %d → %d): sustained %.1f %s/s, %.0f chars/s (%s)",
                    "fill",
                    t.count(),
                    report.unit(),
                    fill.before(),
                    fill.after(),
                    t.perSecond(),
                    report.unit(),
                    t.charsPerSecond(),
                    ReportLines.seconds(t.seconds()));
        }
    }
}
