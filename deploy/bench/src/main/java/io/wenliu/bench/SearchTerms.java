package io.wenliu.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The query terms of the search phase: the 60 most frequent 4-character and 30 most frequent 2-character runs of CJK
 * ideographs (U+4E00..U+9FFF) in the seed text without whitespace, leaving out runs with 的, 了, 是, 在 or 和.
 */
final class SearchTerms {

    static final int FOUR_CHAR_TERMS = 60;
    static final int TWO_CHAR_TERMS = 30;
    static final int PAIR_FOUR_CHAR_TERMS = 150;
    static final int PAIR_TWO_CHAR_TERMS = 60;
    private static final String STOP_CHARACTERS = "的了是在和";

    private SearchTerms() {}

    /** The terms, shuffled with {@code random}. */
    static List<String> from(String seedText, Random random) {
        String text = SeedSentences.withoutWhitespace(seedText);
        List<String> terms = new ArrayList<>(mostFrequent(text, 4, FOUR_CHAR_TERMS));
        terms.addAll(mostFrequent(text, 2, TWO_CHAR_TERMS));
        Collections.shuffle(terms, random);
        return terms;
    }

    /**
     * Ordered pairs {@code "A B"} of two different terms from a wider pool (the 150 most frequent 4-character and 60
     * most frequent 2-character runs, chosen as for {@link #from}), shuffled with {@code random}: 43,890 queries from
     * the seeds, each matching fewer articles than its terms alone.
     */
    static List<String> distinctPairs(String seedText, Random random) {
        String text = SeedSentences.withoutWhitespace(seedText);
        List<String> pool = new ArrayList<>(mostFrequent(text, 4, PAIR_FOUR_CHAR_TERMS));
        pool.addAll(mostFrequent(text, 2, PAIR_TWO_CHAR_TERMS));
        List<String> pairs = new ArrayList<>(pool.size() * (pool.size() - 1));
        for (String first : pool) {
            for (String second : pool) {
                if (!first.equals(second)) {
                    pairs.add(first + " " + second);
                }
            }
        }
        Collections.shuffle(pairs, random);
        return pairs;
    }

    /** The {@code limit} most frequent runs of {@code length} ideographs; ties in code point order. */
    static List<String> mostFrequent(String text, int length, int limit) {
        Map<String, Integer> counts = new HashMap<>();
        for (int i = 0; i + length <= text.length(); i++) {
            String run = text.substring(i, i + length);
            if (isTerm(run)) {
                counts.merge(run, 1, Integer::sum);
            }
        }
        return counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder())
                        .thenComparing(Map.Entry.comparingByKey()))
                .limit(limit)
                .map(Map.Entry::getKey)
                .toList();
    }

    private static boolean isTerm(String run) {
        for (int i = 0; i < run.length(); i++) {
            char c = run.charAt(i);
            if (c < '\u4E00' || c > '\u9FFF' || STOP_CHARACTERS.indexOf(c) >= 0) {
                return false;
            }
        }
        return true;
    }
}
