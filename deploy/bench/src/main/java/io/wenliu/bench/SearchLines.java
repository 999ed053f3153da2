package io.wenliu.bench;

import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The report table's search latency section: per concurrency level, plain OpenSearch against the service, and the CPU
 * per query each process of the stack spent while each of them ran.
 */
final class SearchLines {

    private SearchLines() {}

    /** The search latency table, or one line saying the phase was skipped. */
    static void write(BenchReport report, ReportLines out) {
        SearchResult search = report.search();
        if (search == null) {
            out.line("%-22s skipped", "search");
            return;
        }
        out.line("");
        out.line(
                "search latency (index of %d articles, %s)",
                search.indexSize(),
                search.queries() == SearchQueries.DISTINCT
                        ? search.terms() + " distinct term pairs, none sent twice in a level"
                        : search.terms() + " terms, cycled");
        out.line(
                "  %-8s %-11s %9s %8s %8s %8s %8s %7s",
                "clients", "target", "queries/s", "p50 ms", "p95 ms", "p99 ms", "max ms", "errors");
        for (SearchLevel level : search.levels()) {
            searchRow(out, level.clients(), "OpenSearch", level.openSearch());
            searchRow(out, level.clients(), "service", level.service());
            out.line(
                    "  %-8s service ÷ plain: p50 %s, p99 %s",
                    "",
                    level.p50Ratio() == null ? ReportLines.NA : String.format(Locale.ROOT, "%.2f", level.p50Ratio()),
                    level.p99Ratio() == null ? ReportLines.NA : String.format(Locale.ROOT, "%.2f", level.p99Ratio()));
            cpuRow(out, "plain", level.openSearchCpu(), report.machine().cores());
            cpuRow(out, "service", level.serviceCpu(), report.machine().cores());
        }
    }

    /** {@code CPU ms per query, plain: OpenSearch 4.1, search-service 0.0, … = 5.0 (at most 400 queries/s), …}. */
    private static void cpuRow(ReportLines out, String target, CpuUse cpu, int cores) {
        if (cpu == null) {
            return;
        }
        String processes = cpu.processes().stream()
                .map(share -> String.format(Locale.ROOT, "%s %.1f", share.process(), share.msPerArticle()))
                .collect(Collectors.joining(", "));
        String ceiling = cpu.ceilingPerSecond() == null
                ? ""
                : String.format(Locale.ROOT, " (at most %.0f queries/s on %d cores)", cpu.ceilingPerSecond(), cores);
        String benchmark = cpu.benchmark() == null
                ? ""
                : String.format(Locale.ROOT, "; benchmark %.1f", cpu.benchmark().msPerArticle());
        out.line(
                "  %-8s CPU ms per query, %s: %s = %.1f%s%s",
                "", target, processes, cpu.totalMsPerArticle(), ceiling, benchmark);
    }

    private static void searchRow(ReportLines out, int clients, String target, LatencyStats l) {
        out.line(
                "  %-8d %-11s %9.1f %8.1f %8.1f %8.1f %8.1f %7d",
                clients, target, l.perSecond(), l.p50Ms(), l.p95Ms(), l.p99Ms(), l.maxMs(), l.errors());
    }
}
