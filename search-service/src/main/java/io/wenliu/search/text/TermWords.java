package io.wenliu.search.text;

import java.util.Locale;

/**
 * Turns the name of an ansj term into the word the word fields hold: {@code \s} characters removed, lower-cased, and
 * dropped (null) unless it has a letter or digit.
 */
final class TermWords {

    /** First and last of the CJK ideographs assigned since Unicode 1.1: letters without case, never whitespace. */
    private static final char FIRST_IDEOGRAPH = '\u4E00';

    private static final char LAST_IDEOGRAPH = '\u9FA5';

    private TermWords() {}

    /** The word for a term name, or null when it has no letter or digit. */
    static String word(String name) {
        if (isIdeographs(name)) {
            return name;
        }
        String word = withoutWhitespace(name).toLowerCase(Locale.ROOT);
        return !word.isEmpty() && hasLetterOrDigit(word) ? word : null;
    }

    /** Most terms: nothing to remove or lower-case, and a letter is there. */
    private static boolean isIdeographs(String name) {
        if (name.isEmpty()) {
            return false;
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c < FIRST_IDEOGRAPH || c > LAST_IDEOGRAPH) {
                return false;
            }
        }
        return true;
    }

    /** The name without the characters the regex {@code \s} matches (space, tab, line feed, VT, form feed, CR). */
    private static String withoutWhitespace(String name) {
        int first = 0;
        while (first < name.length() && !isRegexWhitespace(name.charAt(first))) {
            first++;
        }
        if (first == name.length()) {
            return name;
        }
        StringBuilder out = new StringBuilder(name.length()).append(name, 0, first);
        for (int i = first + 1; i < name.length(); i++) {
            char c = name.charAt(i);
            if (!isRegexWhitespace(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean isRegexWhitespace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    private static boolean hasLetterOrDigit(String word) {
        for (int i = 0; i < word.length(); ) {
            int codePoint = word.codePointAt(i);
            if (Character.isLetterOrDigit(codePoint)) {
                return true;
            }
            i += Character.charCount(codePoint);
        }
        return false;
    }
}
