package io.wenliu.analysis.pipeline;

/**
 * The part of an over-long text that is analysed: its beginning, up to a number of characters, ended at the last
 * paragraph or sentence end inside that limit. Analysis holds every token of a text at once (about 0.6 MB of heap per
 * 1,000 characters, and more than linearly beyond 200,000), so a single long article could exhaust the heap; offsets
 * into the prefix are offsets into the whole text.
 */
public final class TextBudget {

    private static final String SENTENCE_ENDS = "。！？!?；;…";

    private TextBudget() {}

    /** {@code text} itself when it fits in {@code maxChars}, else its beginning as described above. */
    public static String prefix(String text, int maxChars) {
        if (maxChars < 1) {
            throw new IllegalArgumentException("maxChars must be positive: " + maxChars);
        }
        if (text.length() <= maxChars) {
            return text;
        }
        int floor = maxChars / 2;
        int paragraph = text.lastIndexOf('\n', maxChars - 1);
        if (paragraph >= floor) {
            return text.substring(0, paragraph + 1);
        }
        for (int i = maxChars - 1; i >= floor; i--) {
            if (SENTENCE_ENDS.indexOf(text.charAt(i)) >= 0) {
                return text.substring(0, i + 1);
            }
        }
        int end = Character.isHighSurrogate(text.charAt(maxChars - 1)) ? maxChars - 1 : maxChars;
        return text.substring(0, end);
    }
}
