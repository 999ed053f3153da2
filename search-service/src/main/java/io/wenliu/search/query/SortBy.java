package io.wenliu.search.query;

import java.util.Locale;

/** Result order of a search. */
public enum SortBy {
    /** Best match first. */
    RELEVANCE,
    /** Newest publication date first. */
    DATE;

    /** Parses {@code relevance} or {@code date}; null means relevance. */
    public static SortBy parse(String value) {
        if (value == null || value.isBlank()) {
            return RELEVANCE;
        }
        try {
            return valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidQueryException("sort", "sort must be 'relevance' or 'date', not '" + value + "'");
        }
    }
}
