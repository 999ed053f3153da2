package io.wenliu.analysis.keyword;

import io.wenliu.analysis.segment.CharClass;
import io.wenliu.analysis.segment.CleanText;
import java.util.ArrayList;
import java.util.List;

/** Finds headline and section-heading lines (short lines without sentence punctuation) as spans of the clean text. */
final class Headings {
    static final int MAX_LENGTH = 24;
    static final int MIN_WRAP_WIDTH = 12;
    /** A heading is clearly shorter than the lines of a hard-wrapped paragraph. */
    private static final double WRAP_SHARE = 0.75;

    private static final CharClass SENTENCE_INNER = CharClass.of("。！？；：");
    private static final CharClass SENTENCE_END = CharClass.of("。！？；”」）)…");

    private Headings() {}

    /** The [start, end) spans, in clean-text indices, of the heading lines of the original text. */
    static List<int[]> spans(CleanText clean) {
        String[] lines = clean.original().split("\n", -1);
        String[] stripped = new String[lines.length];
        for (int i = 0; i < lines.length; i++) {
            stripped[i] = strip(lines[i]);
        }
        List<int[]> spans = new ArrayList<>();
        int width = wrapWidth(stripped);
        if (width < MIN_WRAP_WIDTH) {
            // lines this narrow (a photo caption) cannot tell a heading from a wrapped line
            return spans;
        }
        int limit = Math.min(MAX_LENGTH, (int) (WRAP_SHARE * width));
        int cleanPos = 0;
        boolean paragraphStart = true;
        for (String kept : stripped) {
            if (kept.isEmpty()) {
                paragraphStart = true;
                continue;
            }
            boolean heading = paragraphStart
                    && kept.length() >= 4
                    && kept.length() <= limit
                    && !SENTENCE_INNER.containsAny(kept)
                    && !kept.endsWith("，")
                    && !kept.endsWith("、");
            if (heading) {
                spans.add(new int[] {cleanPos, cleanPos + kept.length()});
            }
            cleanPos += kept.length();
            paragraphStart = heading || SENTENCE_END.contains(kept.charAt(kept.length() - 1));
        }
        return spans;
    }

    /** The length most full lines reach: the 80th percentile of the non-blank line lengths (lines stripped). */
    private static int wrapWidth(String[] stripped) {
        List<Integer> lengths = new ArrayList<>();
        for (String line : stripped) {
            int n = line.length();
            if (n > 0) {
                lengths.add(n);
            }
        }
        if (lengths.isEmpty()) {
            return 0;
        }
        lengths.sort(null);
        return lengths.get((int) (0.8 * (lengths.size() - 1)));
    }

    private static String strip(String line) {
        StringBuilder sb = new StringBuilder(line.length());
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (!(Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\uFEFF')) {
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
