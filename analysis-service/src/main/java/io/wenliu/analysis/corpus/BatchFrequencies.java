package io.wenliu.analysis.corpus;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The corpus counts one batch of articles is enriched against: the document count read once, and each term's
 * frequency read from the store at most once. A batch's articles share most of their words, and nothing during the
 * batch changes the counts (they are recorded after it), so a repeated read would answer the same. Safe for the
 * batch's concurrent workers.
 */
final class BatchFrequencies implements DocumentFrequencies {

    /** A term the store does not hold (frequency 0, left out of answers). */
    private static final long ABSENT = -1;

    private final long documents;
    private final Function<Collection<String>, Map<String, Long>> store;
    private final Map<String, Long> read = new ConcurrentHashMap<>();

    /**
     * @param documents the document count for the whole batch
     * @param store reads the stored frequencies of terms, answering only those it holds
     */
    BatchFrequencies(long documents, Function<Collection<String>, Map<String, Long>> store) {
        this.documents = documents;
        this.store = store;
    }

    @Override
    public long documentCount() {
        return documents;
    }

    @Override
    public Map<String, Long> frequencies(Collection<String> terms) {
        Set<String> unread = new LinkedHashSet<>();
        for (String term : terms) {
            if (!read.containsKey(term)) {
                unread.add(term);
            }
        }
        if (!unread.isEmpty()) {
            Map<String, Long> stored = store.apply(unread);
            for (String term : unread) {
                read.putIfAbsent(term, stored.getOrDefault(term, ABSENT));
            }
        }
        Map<String, Long> answer = new HashMap<>();
        for (String term : terms) {
            long frequency = read.get(term);
            if (frequency != ABSENT) {
                answer.put(term, frequency);
            }
        }
        return answer;
    }
}
