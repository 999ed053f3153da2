package io.wenliu.bench;

import java.util.Locale;

/** The report table's search latency section: per concurrency level, plain OpenSearch against the service. */
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
        }
    }

    private static void searchRow(ReportLines out, int clients, String target, LatencyStats l) {
        out.line(
                "  %-8d %-11s %9.1f %8.1f %8.1f %8.1f %8.1f %7d",
                clients, target, l.perSecond(), l.p50Ms(), l.p95Ms(), l.p99Ms(), l.maxMs(), l.errors());
    }
}
