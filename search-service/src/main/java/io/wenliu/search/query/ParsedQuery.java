package io.wenliu.search.query;

import java.util.List;

/** The user's query text split into free terms and quoted phrases; every one of them is required. */
public record ParsedQuery(List<String> terms, List<String> phrases) {

    /** True when there is nothing to search for (filters only). */
    public boolean isEmpty() {
        return terms.isEmpty() && phrases.isEmpty();
    }
}
