package io.wenliu.search.query;

import java.util.List;
import java.util.Map;

/** The answer to a search: total matches, time taken, one page of hits and facet counts. */
public record SearchResult(
        long total, long tookMs, int page, int size, List<Hit> hits, Map<String, List<FacetValue>> facets) {

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

    /** One facet value and the number of matching articles that have it. */
    public record FacetValue(String value, long count) {}
}
