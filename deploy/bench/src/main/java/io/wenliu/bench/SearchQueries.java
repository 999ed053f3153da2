package io.wenliu.bench;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/**
 * How the search phase picks its queries: {@code repeated} cycles through a few dozen frequent terms (so OpenSearch's
 * request cache soon answers the service's counts), {@code distinct} sends pairs of terms that no request of the same
 * level repeats (every counts request is computed, as for users who each search for something else).
 */
public enum SearchQueries {
    REPEATED,
    DISTINCT;

    /** The mode named {@code value} ({@code repeated} or {@code distinct}). */
    static SearchQueries parse(String value) {
        for (SearchQueries mode : values()) {
            if (mode.label().equals(value.trim().toLowerCase(Locale.ROOT))) {
                return mode;
            }
        }
        throw new UsageException("--search-queries needs repeated or distinct, got '" + value + "'");
    }

    /** The name on the command line and in the results. */
    @JsonValue
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
