package io.wenliu.analysis.segment;

import java.util.ArrayList;
import java.util.List;

/** Text with layout whitespace removed, mapping each kept character back to its index in the original string. */
public final class CleanText {
    private final String original;
    private final String text;
    private final int[] originalIndex;
    private final List<Integer> paragraphStarts;

    private CleanText(String original, String text, int[] originalIndex, List<Integer> paragraphStarts) {
        this.original = original;
        this.text = text;
        this.originalIndex = originalIndex;
        this.paragraphStarts = List.copyOf(paragraphStarts);
    }

    /** Removes whitespace (including ideographic and no-break spaces) and remembers where each kept char came from. */
    public static CleanText of(String original) {
        StringBuilder sb = new StringBuilder(original.length());
        int[] index = new int[original.length()];
        List<Integer> paragraphs = new ArrayList<>();
        int n = 0;
        int newlines = 0;
        int lineStart = 0;
        boolean lineStandsAlone = true;
        for (int i = 0; i < original.length(); i++) {
            char c = original.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\uFEFF') {
                newlines += c == '\n' ? 1 : 0;
                continue;
            }
            if (newlines > 0 && n > 0) {
                boolean blank = newlines >= 2;
                boolean shortAlone = lineStandsAlone && n - lineStart <= SHORT_LINE;
                if (blank && (shortAlone || PARAGRAPH_ENDINGS.contains(sb.charAt(n - 1)))) {
                    paragraphs.add(n);
                }
                lineStart = n;
                lineStandsAlone = blank;
            }
            newlines = 0;
            sb.append(c);
            index[n++] = i;
        }
        int[] trimmed = new int[n];
        System.arraycopy(index, 0, trimmed, 0, n);
        return new CleanText(original, sb.toString(), trimmed, paragraphs);
    }

    /** Characters that end a sentence or a quotation: text before a blank line that ends so is a finished paragraph. */
    private static final CharClass PARAGRAPH_ENDINGS = CharClass.of("。！？!?…”’」』）)：:；;");
    /**
     * A line this short between blank lines is a title, byline or heading (柏长岭). PDF page text also has blank lines
     * at column breaks, inside a sentence or a word (格特莱 / 纳): those follow wrapped lines, not a line alone.
     */
    private static final int SHORT_LINE = 25;

    /**
     * The [start, end) spans of the paragraphs in the clean text: a blank line after a finished sentence or a short
     * line ends a paragraph (a single line break is only a wrap), so a byline and the first sentence after it are not
     * read as one word.
     */
    public List<int[]> paragraphs() {
        List<int[]> spans = new ArrayList<>(paragraphStarts.size() + 1);
        int from = 0;
        for (int start : paragraphStarts) {
            spans.add(new int[] {from, start});
            from = start;
        }
        spans.add(new int[] {from, text.length()});
        return spans;
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
