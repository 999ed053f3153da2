package io.wenliu.ingest.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * Moves a title that the document's format marks (an HTML or DOCX heading, a PDF's largest type) to the front of the
 * extracted text, where the article reader looks for titles, when a few lines (a running head, a breadcrumb, an
 * issue line) stand above it.
 */
final class TitleFirst {

    /**
     * Most lines (a running head, a kicker) that may stand above a headline moved to the front: a headline further
     * down belongs to a story lower on the page, whose body it must stay with.
     */
    static final int MAX_LINES_ABOVE = 3;

    private TitleFirst() {}

    /**
     * The text with the headline's lines moved to the front, followed by a blank line; unchanged when it already
     * opens with the headline, when the headline's lines cannot be found in it, or when more than
     * {@link #MAX_LINES_ABOVE} lines stand above them.
     */
    static String putFirst(String title, String text) {
        String wanted = compact(title);
        if (wanted.isEmpty()) {
            return text;
        }
        List<String> lines = text.lines().toList();
        for (int start = 0; start < lines.size(); start++) {
            StringBuilder seen = new StringBuilder();
            for (int end = start; end < lines.size(); end++) {
                seen.append(compact(lines.get(end)));
                if (!wanted.startsWith(seen.toString())) {
                    break;
                }
                if (seen.length() == wanted.length()) {
                    return moved(lines, start, end, text);
                }
            }
        }
        return text;
    }

    private static String moved(List<String> lines, int start, int end, String text) {
        long above =
                lines.subList(0, start).stream().filter(line -> !line.isBlank()).count();
        if (above == 0 || above > MAX_LINES_ABOVE) {
            return text;
        }
        List<String> reordered = new ArrayList<>(lines.subList(start, end + 1));
        reordered.add("");
        reordered.addAll(lines.subList(0, start));
        reordered.addAll(lines.subList(end + 1, lines.size()));
        return String.join("\n", reordered) + "\n";
    }

    /** The text without whitespace (ideographic space included), as titles are compared across layouts. */
    static String compact(String text) {
        return text.replaceAll("[\\s\\u3000]+", "");
    }
}
