package io.wenliu.bench;

import java.util.Random;

/**
 * Run markers and article markers: lowercase ASCII letters only, so the search index keeps each one a single token
 * (a digit would split it), and a query for a run marker finds exactly the articles of that phase.
 */
final class RunMarker {

    /** Every run marker starts with this. */
    static final String PREFIX = "wlb";

    private static final int RANDOM_LETTERS = 8;

    private RunMarker() {}

    /** {@code wlb} and eight random letters. */
    static String newRun(Random random) {
        StringBuilder marker = new StringBuilder(PREFIX);
        for (int i = 0; i < RANDOM_LETTERS; i++) {
            marker.append((char) ('a' + random.nextInt(26)));
        }
        return marker.toString();
    }

    /** The marker of article {@code number} of a run: the run marker followed by the number in letters. */
    static String article(String run, int number) {
        return run + letters(number);
    }

    /** {@code number} in base 26 with the digits a..z: 0 is {@code a}, 25 {@code z}, 26 {@code ba}. */
    static String letters(int number) {
        if (number < 0) {
            throw new IllegalArgumentException("negative article number " + number);
        }
        StringBuilder letters = new StringBuilder();
        int rest = number;
        do {
            letters.append((char) ('a' + rest % 26));
            rest /= 26;
        } while (rest > 0);
        return letters.reverse().toString();
    }

    /** The text appended to an article: {@code （RUN RUNxxxx）}. */
    static String tag(String run, int number) {
        return "（" + run + " " + article(run, number) + "）";
    }
}
