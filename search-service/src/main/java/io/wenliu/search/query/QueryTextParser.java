package io.wenliu.search.query;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits query text into whitespace-separated terms and double-quoted phrases. Nothing else has a meaning: characters
 * such as {@code : ( * \} stay part of the text and are searched for, never interpreted. Unbalanced quotes are
 * rejected.
 */
public final class QueryTextParser {

    /** Longest accepted query text. */
    public static final int MAX_LENGTH = 200;

    private QueryTextParser() {}

    /** Parses the text; null or blank gives an empty query. */
    public static ParsedQuery parse(String text) {
        if (text == null || text.isBlank()) {
            return new ParsedQuery(List.of(), List.of());
        }
        if (text.length() > MAX_LENGTH) {
            throw new InvalidQueryException("q", "q is longer than " + MAX_LENGTH + " characters");
        }
        String normalized = text.replace('“', '"').replace('”', '"').replace('＂', '"');
        if (normalized.chars().filter(c -> c == '"').count() % 2 != 0) {
            throw new InvalidQueryException(
                    "q", "q has an unbalanced quotation mark (\"); close the phrase or remove it");
        }
        List<String> terms = new ArrayList<>();
        List<String> phrases = new ArrayList<>();
        String[] parts = normalized.split("\"", -1);
        for (int i = 0; i < parts.length; i++) {
            if (i % 2 == 1) {
                String phrase = parts[i].strip();
                if (!phrase.isEmpty()) {
                    phrases.add(phrase);
                }
            } else {
                for (String term : parts[i].split("[\\s\\u3000]+")) {
                    if (!term.isEmpty()) {
                        terms.add(term);
                    }
                }
            }
        }
        return new ParsedQuery(List.copyOf(terms), List.copyOf(phrases));
    }
}
