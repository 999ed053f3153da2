package io.wenliu.ingest.article;

import java.util.ArrayList;
import java.util.List;

/** The source lines of one article, sorted by the role they play (byline, headline, dateline, lead, body). */
final class Segment {

    final List<SourceLine> bylineLines = new ArrayList<>();
    final List<SourceLine> titleLines = new ArrayList<>();
    final List<SourceLine> subtitleLines = new ArrayList<>();
    final List<SourceLine> leadLines = new ArrayList<>();
    final List<SourceLine> bodyLines = new ArrayList<>();
    SourceLine datelineLine;
    /** Whether the byline is a bare name under a leading title rather than a marked or agency byline. */
    boolean bareNameByline;

    boolean hasTitle() {
        return !titleLines.isEmpty();
    }

    boolean hasByline() {
        return !bylineLines.isEmpty();
    }

    boolean hasDateline() {
        return datelineLine != null;
    }

    /** A segment holding the same lines, all as body: for fragments that have neither title nor body text. */
    Segment asBodyOnly() {
        List<SourceLine> lines = new ArrayList<>();
        for (List<SourceLine> part : List.of(bylineLines, titleLines, subtitleLines, leadLines, bodyLines)) {
            lines.addAll(part);
        }
        if (datelineLine != null) {
            lines.add(datelineLine);
        }
        lines.sort((a, b) -> Integer.compare(a.number(), b.number()));
        Segment segment = new Segment();
        segment.bodyLines.addAll(lines);
        return segment;
    }

    /** Every source line of the segment, in document order. */
    List<Integer> allLineNumbers() {
        List<Integer> numbers = new ArrayList<>();
        for (List<SourceLine> part : List.of(bylineLines, titleLines, subtitleLines, leadLines, bodyLines)) {
            part.forEach(line -> numbers.add(line.number()));
        }
        if (datelineLine != null) {
            numbers.add(datelineLine.number());
        }
        numbers.sort(Integer::compare);
        return numbers;
    }
}
