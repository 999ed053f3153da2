package io.wenliu.ingest.article;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits the lines of a newspaper page into article segments. A segment ends after its dateline and the headline
 * block printed after it (title lines and a dash subtitle), or before the next byline box ({@code □}). Within a
 * segment it sorts the lines into byline, headline, dateline and body, including a leading title with a bare-name
 * byline and a photo caption whose title follows its credit ({@code 据新华社发}).
 */
public final class ArticleSplitter {

    /** A headline block has at most this many title lines. */
    static final int MAX_TITLE_LINES = 4;

    private final DatelineParser datelineParser;
    private final BylineCleaner bylineCleaner = new BylineCleaner();
    private final HeadlineBuilder headlineBuilder = new HeadlineBuilder();

    public ArticleSplitter(DatelineParser datelineParser) {
        this.datelineParser = datelineParser;
    }

    /** Splits the document lines (blank lines allowed) into segments in document order. */
    List<Segment> split(List<SourceLine> lines) {
        List<SourceLine> nonBlank =
                lines.stream().filter(line -> !line.isBlank()).toList();
        List<Segment> segments = new ArrayList<>();
        for (List<SourceLine> chunk : chunks(nonBlank)) {
            segments.add(parse(chunk));
        }
        return segments;
    }

    private List<List<SourceLine>> chunks(List<SourceLine> lines) {
        List<List<SourceLine>> chunks = new ArrayList<>();
        List<SourceLine> current = new ArrayList<>();
        int i = 0;
        while (i < lines.size()) {
            SourceLine line = lines.get(i);
            if (bylineCleaner.startsWithMark(line.text()) && !current.isEmpty() && !isTitleBlock(current)) {
                chunks.add(current);
                current = new ArrayList<>();
            }
            current.add(line);
            i++;
            if (isDateline(line)) {
                int end = endOfHeadlineBlock(lines, i);
                current.addAll(lines.subList(i, end));
                chunks.add(current);
                current = new ArrayList<>();
                i = end;
            }
        }
        if (!current.isEmpty()) {
            chunks.add(current);
        }
        return chunks;
    }

    /**
     * Whether the lines are nothing but a title block at the top of the document, waiting for the byline under it
     * (标题 then □本报记者 管一诺) rather than the end of the previous article.
     */
    private boolean isTitleBlock(List<SourceLine> lines) {
        return lines.size() <= MAX_TITLE_LINES
                && lines.get(0).number() == 1
                && lines.stream().allMatch(this::isHeadlineCandidate);
    }

    /** Index after the title and subtitle lines that start at {@code start}. */
    private int endOfHeadlineBlock(List<SourceLine> lines, int start) {
        int i = start;
        int titles = 0;
        while (i < lines.size() && titles < MAX_TITLE_LINES && isHeadlineCandidate(lines.get(i))) {
            if (headlineBuilder.isSubtitle(lines.get(i).text())) {
                return i + 1;
            }
            titles++;
            i++;
        }
        return i;
    }

    private boolean isHeadlineCandidate(SourceLine line) {
        String text = line.text();
        return headlineBuilder.isHeadlineLike(text) && !bylineCleaner.looksLikeByline(text) && !isDateline(line);
    }

    private boolean isDateline(SourceLine line) {
        return datelineParser.parseLine(line.text()).isPresent();
    }

    private Segment parse(List<SourceLine> chunk) {
        Segment segment = new Segment();
        int start = 0;
        if (bylineCleaner.startsWithMark(chunk.get(0).text())) {
            segment.bylineLines.add(chunk.get(0));
            start = 1;
            while (start < chunk.size()
                    && bylineCleaner.looksLikeByline(chunk.get(start).text())
                    && !isDateline(chunk.get(start))) {
                segment.bylineLines.add(chunk.get(start));
                start++;
            }
        }
        int end = chunk.size();
        int dateline = lastDateline(chunk, start);
        if (dateline >= 0) {
            segment.datelineLine = chunk.get(dateline);
            addHeadline(segment, chunk.subList(dateline + 1, end));
            end = dateline;
        } else {
            end = takeCaptionHeadline(segment, chunk, start, end);
        }
        if (!segment.hasByline() && !segment.hasTitle()) {
            start = takeLeadingHeadline(segment, chunk, start, end);
        }
        segment.bodyLines.addAll(chunk.subList(start, end));
        return segment;
    }

    private int lastDateline(List<SourceLine> chunk, int start) {
        for (int i = chunk.size() - 1; i >= start; i--) {
            if (isDateline(chunk.get(i))) {
                return i;
            }
        }
        return -1;
    }

    private void addHeadline(Segment segment, List<SourceLine> headline) {
        for (SourceLine line : headline) {
            if (!segment.subtitleLines.isEmpty() || headlineBuilder.isSubtitle(line.text())) {
                segment.subtitleLines.add(line);
            } else {
                segment.titleLines.add(line);
            }
        }
    }

    /** A photo caption: body, a credit line such as 据新华社发, then the caption's title lines. */
    private int takeCaptionHeadline(Segment segment, List<SourceLine> chunk, int start, int end) {
        for (int i = end - 1; i > start; i--) {
            SourceLine line = chunk.get(i);
            if (bylineCleaner.looksLikeByline(line.text()) && !bylineCleaner.startsWithMark(line.text())) {
                List<SourceLine> after = chunk.subList(i + 1, end);
                if (!after.isEmpty()
                        && after.size() <= MAX_TITLE_LINES
                        && after.stream().allMatch(this::isHeadlineCandidate)) {
                    segment.bylineLines.add(line);
                    addHeadline(segment, after);
                    return i;
                }
                return end;
            }
        }
        return end;
    }

    /**
     * A title at the top of the segment, an optional dash subtitle and an optional byline: a bare name or byline lines
     * under the title, or one byline line above it.
     */
    private int takeLeadingHeadline(Segment segment, List<SourceLine> chunk, int start, int end) {
        int i = start;
        if (end - i >= 3
                && isBylineLine(chunk.get(i))
                && isHeadlineCandidate(chunk.get(i + 1))
                && !headlineBuilder.isSubtitle(chunk.get(i + 1).text())) {
            segment.bylineLines.add(chunk.get(i++));
        }
        if (end - i < 2
                || !isHeadlineCandidate(chunk.get(i))
                || headlineBuilder.isSubtitle(chunk.get(i).text())) {
            return start;
        }
        segment.titleLines.add(chunk.get(i++));
        while (i < end - 1 && headlineBuilder.isSubtitle(chunk.get(i).text()) && isHeadlineCandidate(chunk.get(i))) {
            segment.subtitleLines.add(chunk.get(i++));
        }
        if (!segment.hasByline()
                && i < end - 1
                && bylineCleaner.parseBareName(chunk.get(i).text()).isPresent()) {
            segment.bylineLines.add(chunk.get(i++));
            segment.bareNameByline = true;
        }
        while (i < end - 1 && isBylineLine(chunk.get(i))) {
            segment.bylineLines.add(chunk.get(i++));
        }
        return i;
    }

    private boolean isBylineLine(SourceLine line) {
        return bylineCleaner.looksLikeByline(line.text()) && !isDateline(line);
    }
}
