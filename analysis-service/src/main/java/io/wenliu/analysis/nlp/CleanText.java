package io.wenliu.analysis.nlp;

/** Text with layout whitespace removed, mapping each kept character back to its index in the original string. */
public final class CleanText {
    private final String original;
    private final String text;
    private final int[] originalIndex;

    private CleanText(String original, String text, int[] originalIndex) {
        this.original = original;
        this.text = text;
        this.originalIndex = originalIndex;
    }

    /** Removes whitespace (including ideographic and no-break spaces) and remembers where each kept char came from. */
    public static CleanText of(String original) {
        StringBuilder sb = new StringBuilder(original.length());
        int[] index = new int[original.length()];
        int n = 0;
        for (int i = 0; i < original.length(); i++) {
            char c = original.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\uFEFF') {
                continue;
            }
            sb.append(c);
            index[n++] = i;
        }
        int[] trimmed = new int[n];
        System.arraycopy(index, 0, trimmed, 0, n);
        return new CleanText(original, sb.toString(), trimmed);
    }

    public String original() {
        return original;
    }

    public String text() {
        return text;
    }

    /** The [start, end) span in the original string covering the clean span [start, end). */
    public int[] originalSpan(int start, int end) {
        return new int[] {originalIndex[start], originalIndex[end - 1] + 1};
    }
}
