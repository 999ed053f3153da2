package io.wenliu.ingest.extract;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * Finds a PDF's headline by its type size (for {@link TitleFirst} to put first in the extracted text): on the first
 * page, the one block of lines set clearly larger than the body text (at least
 * {@link #HEADLINE_RATIO} times the size most characters have). A page with no such block, or with several blocks of
 * the largest size far apart (a newspaper page with several stories), gives no title signal and its text is left as
 * extracted.
 */
final class PdfTitle {

    /** How much larger than the body text a headline is set, at least. */
    static final double HEADLINE_RATIO = 1.3;

    /** Lines within this share of the largest size belong to the headline (a two-line headline set in one size). */
    private static final double SAME_SIZE = 0.9;

    /** Longest headline taken, in characters: a larger block is a display quote or a poster, not a title. */
    private static final int MAX_TITLE_LENGTH = 60;

    private PdfTitle() {}

    /** The headline of the PDF's first page, if its type sizes set one apart; empty for an unreadable PDF. */
    static Optional<String> find(byte[] pdf) {
        List<Line> lines;
        try (PDDocument document = Loader.loadPDF(pdf)) {
            lines = new LineCollector().lines(document);
        } catch (IOException | RuntimeException e) {
            // Tika has read (or rejected) the text already; a title cue is only a refinement.
            return Optional.empty();
        }
        return headline(lines);
    }

    /** The headline among lines in reading order, each with its largest type size. */
    static Optional<String> headline(List<Line> lines) {
        double body = bodySize(lines);
        double largest = lines.stream().mapToDouble(Line::size).max().orElse(0);
        if (body <= 0 || largest < body * HEADLINE_RATIO) {
            return Optional.empty();
        }
        int first = -1;
        int last = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).size() >= largest * SAME_SIZE) {
                if (first >= 0 && i > last + 1) {
                    return Optional.empty();
                }
                if (first < 0) {
                    first = i;
                }
                last = i;
            }
        }
        StringBuilder title = new StringBuilder();
        for (int i = first; i <= last; i++) {
            title.append(title.isEmpty() ? "" : " ").append(lines.get(i).text().strip());
        }
        String text = title.toString();
        return text.isEmpty() || text.codePointCount(0, text.length()) > MAX_TITLE_LENGTH
                ? Optional.empty()
                : Optional.of(text);
    }

    /** The type size most characters of the page are set in. */
    private static double bodySize(List<Line> lines) {
        Map<Double, Integer> characters = new HashMap<>();
        for (Line line : lines) {
            characters.merge(line.size(), TitleFirst.compact(line.text()).length(), Integer::sum);
        }
        return characters.entrySet().stream()
                .max(Map.Entry.<Double, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey)
                .orElse(0.0);
    }

    /** One line of the page as PDFBox reads it, with the largest type size (in points, rounded to 0.5) on it. */
    record Line(String text, double size) {}

    /** Collects the first page's lines in reading order with their type sizes. */
    private static final class LineCollector extends PDFTextStripper {

        private final List<Line> lines = new ArrayList<>();
        private final StringBuilder line = new StringBuilder();
        private double size;

        LineCollector() {
            setStartPage(1);
            setEndPage(1);
            setSortByPosition(true);
        }

        List<Line> lines(PDDocument document) throws IOException {
            getText(document);
            endLine();
            return lines;
        }

        @Override
        protected void writeString(String text, List<TextPosition> positions) throws IOException {
            line.append(text);
            for (TextPosition position : positions) {
                size = Math.max(size, position.getFontSizeInPt());
            }
            super.writeString(text, positions);
        }

        @Override
        protected void writeWordSeparator() throws IOException {
            line.append(' ');
            super.writeWordSeparator();
        }

        @Override
        protected void writeLineSeparator() throws IOException {
            endLine();
            super.writeLineSeparator();
        }

        @Override
        protected void writeParagraphStart() throws IOException {
            endLine();
            super.writeParagraphStart();
        }

        @Override
        protected void writePageEnd() throws IOException {
            endLine();
            super.writePageEnd();
        }

        private void endLine() {
            if (!line.toString().isBlank()) {
                lines.add(new Line(line.toString(), Math.round(size * 2) / 2.0));
            }
            line.setLength(0);
            size = 0;
        }
    }
}
