package io.wenliu.search.query;

import java.util.List;
import java.util.Map;

/** The answer to a search: total matches, time taken, one page of hits, facet counts and the matches over time. */
public record SearchResult(
        long total,
        long tookMs,
        int page,
        int size,
        List<Hit> hits,
        Map<String, List<FacetValue>> facets,
        Timeline timeline) {

    /** One matching article with highlighted snippets ({@code <em>} around matches, text HTML-escaped). */
    public record Hit(
            String id,
            String title,
            String source,
            List<String> authors,
            String date,
            String printedDate,
            String yearSource,
            Double score,
            Map<String, List<String>> highlights) {}

    /** Matching articles per month of their known date (months without any left out), and those without one. */
    public record Timeline(List<MonthCount> months, long undated) {}

    /** A month (yyyy-MM) and the number of matching articles dated in it. */
    public record MonthCount(String month, long count) {}

    /** One facet value and the number of matching articles that have it. */
    public record FacetValue(String value, long count) {}
}
