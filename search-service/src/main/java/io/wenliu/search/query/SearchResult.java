package io.wenliu.search.query;

import java.util.List;
import java.util.Map;

/**
 * The answer to a search: total matches, time taken, one page of hits, facet counts, the matches over time, and the
 * cursor of the next page ({@code after=next}; null after the last page).
 */
public record SearchResult(
        long total,
        long tookMs,
        int page,
        int size,
        List<Hit> hits,
        Map<String, List<FacetValue>> facets,
        Timeline timeline,
        String next) {

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

    /**
     * Matching articles per {@code interval} ({@code month}, or {@code day} when the date range asked for spans at most
     * {@value SearchService#DAYS_SHOWN_BY_DAY} days) of their known date, periods without any left out, and how many
     * have no known date.
     */
    public record Timeline(String interval, List<Period> periods, long undated) {}

    /** A period (yyyy-MM or yyyy-MM-dd) and the number of matching articles dated in it. */
    public record Period(String start, long count) {}

    /** One facet value and the number of matching articles that have it. */
    public record FacetValue(String value, long count) {}
}
