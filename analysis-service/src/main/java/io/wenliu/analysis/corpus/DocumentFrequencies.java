package io.wenliu.analysis.corpus;

import java.util.Collection;
import java.util.Map;

/** Source of corpus document frequencies: how many documents were seen and how many contained each term. */
public interface DocumentFrequencies {

    /** Number of documents seen so far. */
    long documentCount();

    /** Document frequency of each of the given terms (missing terms have frequency 0). */
    Map<String, Long> frequencies(Collection<String> terms);

    /** A corpus with no documents: keyword weights then come from the background table alone. */
    DocumentFrequencies EMPTY = new DocumentFrequencies() {
        @Override
        public long documentCount() {
            return 0;
        }

        @Override
        public Map<String, Long> frequencies(Collection<String> terms) {
            return Map.of();
        }
    };
}
