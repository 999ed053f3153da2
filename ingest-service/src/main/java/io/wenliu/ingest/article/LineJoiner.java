package io.wenliu.ingest.article;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Rebuilds paragraphs from the hard-wrapped lines of a PDF column: wrapped lines are joined without a space, and a
 * paragraph ends after a line that falls short of the column width. Blank lines only count as paragraph breaks
 * after sentence-final punctuation, and not at all where the extractor put a blank line after every line.
 */
public final class LineJoiner {

    /** Around each line, the column width is measured over this many lines on each side. */
    static final int WINDOW = 5;

    /** Wider columns (in half-width units) are taken as one paragraph per line. */
    static final int PARAGRAPH_MODE_WIDTH = 160;

    /** In paragraph-per-line text, a line this narrow (half-width units) is a heading. */
    static final int HEADING_WIDTH = 60;

    /** The column width is this percentile of the widths of the nearby lines. */
    static final double COLUMN_PERCENTILE = 0.7;

    /** A line filling less than this share of the column is a heading or a paragraph end, whatever its last character. */
    static final double HEADING_FILL = 0.6;

    /** A line filling less than this share of the column that ends a sentence ends its paragraph. */
    static final double FULL_FILL = 0.85;

    /** Above this share of blank gaps, blank lines carry no information. */
    static final double DOUBLE_SPACED_RATIO = 0.8;

    private static final String TERMINAL = "。！？!?；…";
    private static final String CLOSERS = "”’」』）)》";

    private final LayoutSpaceRemover spaceRemover = new LayoutSpaceRemover();

    /** Joins the non-blank lines (numbers with gaps mean blank lines between them) into paragraphs. */
    public List<Paragraph> join(List<SourceLine> lines) {
        List<SourceLine> nonBlank =
                lines.stream().filter(line -> !line.isBlank()).toList();
        List<Paragraph> paragraphs = new ArrayList<>();
        if (nonBlank.isEmpty()) {
            return paragraphs;
        }
        int[] widths = nonBlank.stream().mapToInt(line -> width(line.text())).toArray();
        boolean blanksInformative = blanksInformative(nonBlank);
        StringBuilder text = new StringBuilder();
        List<Integer> numbers = new ArrayList<>();
        for (int i = 0; i < nonBlank.size(); i++) {
            SourceLine line = nonBlank.get(i);
            appendJoined(text, spaceRemover.remove(line.text()));
            numbers.add(line.number());
            boolean last = i == nonBlank.size() - 1;
            if (last || endsParagraph(nonBlank, widths, i, blanksInformative)) {
                paragraphs.add(new Paragraph(text.toString(), numbers));
                text.setLength(0);
                numbers = new ArrayList<>();
            }
        }
        return paragraphs;
    }

    private static boolean endsParagraph(List<SourceLine> lines, int[] widths, int i, boolean blanksInformative) {
        String text = lines.get(i).stripped();
        boolean terminal = endsSentence(text);
        int columnWidth = columnWidth(widths, i);
        if (columnWidth > PARAGRAPH_MODE_WIDTH) {
            return terminal || widths[i] <= HEADING_WIDTH;
        }
        double fill = (double) widths[i] / columnWidth;
        if (fill < HEADING_FILL) {
            return true;
        }
        boolean shortLine = fill < FULL_FILL;
        boolean blankAfter = lines.get(i + 1).number() - lines.get(i).number() > 1;
        return (terminal && shortLine)
                || (blankAfter && blanksInformative && (terminal || shortLine))
                || (terminal && isHeading(lines, widths, i + 1));
    }

    /** A short line without final punctuation that is followed by more text: a heading after a full line. */
    private static boolean isHeading(List<SourceLine> lines, int[] widths, int i) {
        return i + 1 < lines.size()
                && (double) widths[i] / columnWidth(widths, i) < HEADING_FILL
                && !endsSentence(lines.get(i).stripped());
    }

    /** The typical width of the column around line {@code i}: a high percentile of the nearby line widths. */
    private static int columnWidth(int[] widths, int i) {
        int from = Math.max(0, i - WINDOW);
        int to = Math.min(widths.length, i + WINDOW + 1);
        int[] window = Arrays.copyOfRange(widths, from, to);
        Arrays.sort(window);
        return Math.max(1, window[(int) Math.ceil((window.length - 1) * COLUMN_PERCENTILE)]);
    }

    private static boolean blanksInformative(List<SourceLine> lines) {
        if (lines.size() < 4) {
            return true;
        }
        int blankGaps = 0;
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i).number() - lines.get(i - 1).number() > 1) {
                blankGaps++;
            }
        }
        return (double) blankGaps / (lines.size() - 1) < DOUBLE_SPACED_RATIO;
    }

    /** Whether the text ends a sentence (also behind closing quotes) or a run-in heading ending in a dash. */
    static boolean endsSentence(String text) {
        int end = text.length();
        while (end > 0 && CLOSERS.indexOf(text.charAt(end - 1)) >= 0) {
            end--;
        }
        if (end == 0) {
            return false;
        }
        char last = text.charAt(end - 1);
        return TERMINAL.indexOf(last) >= 0 || last == '⋯' || text.endsWith("——");
    }

    private static void appendJoined(StringBuilder text, String next) {
        if (next.isEmpty()) {
            return;
        }
        if (text.length() > 0 && isLatinLetter(text.charAt(text.length() - 1)) && isLatinLetter(next.charAt(0))) {
            text.append(' ');
        }
        text.append(next);
    }

    private static boolean isLatinLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    /** Printed width in half-width units: wide (CJK) characters count two, whitespace nothing. */
    static int width(String text) {
        int width = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isWhitespace(cp) || cp == 0x3000) {
                continue;
            }
            width += cp < 0x1100 ? 1 : 2;
        }
        return width;
    }
}
