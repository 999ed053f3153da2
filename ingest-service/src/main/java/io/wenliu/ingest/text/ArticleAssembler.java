package io.wenliu.ingest.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Builds the article of a segment: headline, byline, dateline and a body in reading order (lead paragraphs, body,
 * then photo captions found in the lead).
 */
public final class ArticleAssembler {

    /** A wire dateline ({@code 新华社北京3月12日电}) is looked for in this many opening paragraphs. */
    static final int LEADING_DATELINE_PARAGRAPHS = 3;

    private static final Pattern PHOTO_CREDIT = Pattern.compile("[（(][^（）()]*摄[）)]$");

    private final LineJoiner lineJoiner = new LineJoiner();
    private final HeadlineBuilder headlineBuilder = new HeadlineBuilder();
    private final BylineCleaner bylineCleaner = new BylineCleaner();
    private final DatelineParser datelineParser;

    public ArticleAssembler(DatelineParser datelineParser) {
        this.datelineParser = datelineParser;
    }

    ExtractedArticle assemble(int index, Segment segment) {
        List<Paragraph> lead = lineJoiner.join(segment.leadLines);
        List<Paragraph> body = lineJoiner.join(segment.bodyLines);
        List<Paragraph> ordered = new ArrayList<>();
        List<Paragraph> captions = new ArrayList<>();
        for (Paragraph paragraph : lead) {
            (PHOTO_CREDIT.matcher(paragraph.text()).find() ? captions : ordered).add(paragraph);
        }
        ordered.addAll(body);
        ordered.addAll(captions);

        String bodyText =
                String.join("\n", ordered.stream().map(Paragraph::text).toList());
        List<Integer> bodyLines =
                ordered.stream().flatMap(p -> p.lines().stream()).toList();

        Byline byline = segment.hasByline()
                ? bylineCleaner.parse(String.join(
                        " ", segment.bylineLines.stream().map(SourceLine::text).toList()))
                : null;
        Dateline dateline = segment.hasDateline()
                ? datelineParser.parseLine(segment.datelineLine.text()).orElse(null)
                : datelineInBody(body);
        String title = headlineBuilder.title(
                segment.titleLines.stream().map(SourceLine::text).toList());
        String subtitle = headlineBuilder.subtitle(
                segment.subtitleLines.stream().map(SourceLine::text).toList());
        String source = byline != null && byline.source() != null ? byline.source() : null;
        if (source == null && dateline != null) {
            source = dateline.agency();
        }
        ParsedArticle article = new ParsedArticle(
                index,
                title,
                subtitle,
                byline == null ? List.of() : byline.authors(),
                byline == null ? null : byline.text(),
                source,
                byline == null ? null : byline.coSource(),
                dateline,
                bodyText);
        return new ExtractedArticle(article, bodyLines, segment.allLineNumbers());
    }

    /** A dateline closing the last paragraph, or a wire dateline opening one of the first paragraphs. */
    private Dateline datelineInBody(List<Paragraph> body) {
        if (body.isEmpty()) {
            return null;
        }
        Optional<Dateline> trailing =
                datelineParser.parseTrailing(body.get(body.size() - 1).text());
        if (trailing.isPresent()) {
            return trailing.get();
        }
        for (Paragraph paragraph : body.subList(0, Math.min(LEADING_DATELINE_PARAGRAPHS, body.size()))) {
            Optional<Dateline> leading = datelineParser.parseLeading(paragraph.text());
            if (leading.isPresent()) {
                return leading.get();
            }
        }
        return null;
    }
}
