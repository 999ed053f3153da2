package io.wenliu.ingest.article;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Builds the article of a segment: headline, byline, dateline and a body in reading order (lead paragraphs, body,
 * then photo captions found in the lead). A wire head opening the first paragraph (新华社北京3月12日电（记者 王小明）)
 * is cut from the body into the byline, dateline and credits, so that nothing downstream reads it as a sentence.
 */
public final class ArticleAssembler {

    /** A wire head is looked for in this many opening paragraphs, past headline-like lines only. */
    static final int LEADING_HEAD_PARAGRAPHS = 3;

    private static final Pattern PHOTO_CREDIT = Pattern.compile("[（(](?<credit>[^（）()]*摄)[）)]$");
    /** A photo credit anywhere in a paragraph: （新华社记者 李十 摄）. */
    private static final Pattern PHOTO_CREDIT_ANYWHERE = Pattern.compile("[（(](?<credit>[^（）()。，]{2,40}摄)[）)]");

    /** The marks that end a sentence before a closing credit. */
    private static final String SENTENCE_MARKS = "。！？；";
    /** A closing credit list, in brackets or not: 本报记者 涂文涛摄, （本报记者 涂文涛摄）. */
    private static final String CREDIT = "[（(]?(?<credit>[^。！？；（）()]{2,40})[）)]?\\s*";
    /** A whole printed line that may be a credit list. */
    private static final Pattern CREDIT_LINE = Pattern.compile(CREDIT);
    /** What follows a line's last sentence mark, in case it is a credit list: 。（本报记者 涂文涛摄）. */
    private static final Pattern CREDIT_AFTER_MARK = Pattern.compile("\\s*" + CREDIT);

    private final LineJoiner lineJoiner = new LineJoiner();
    private final HeadlineBuilder headlineBuilder = new HeadlineBuilder();
    private final BylineCleaner bylineCleaner = new BylineCleaner();
    private final DatelineParser datelineParser;
    private final WireHeadParser wireHeadParser;

    public ArticleAssembler(DatelineParser datelineParser, WireHeadParser wireHeadParser) {
        this.datelineParser = datelineParser;
        this.wireHeadParser = wireHeadParser;
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
        Map<Integer, String> printed = new HashMap<>();
        for (List<SourceLine> lines : List.of(segment.leadLines, segment.bodyLines)) {
            lines.forEach(line -> printed.put(line.number(), line.text()));
        }
        WireHead head = cutWireHead(ordered, printed);

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
                : null;
        if (dateline == null && head != null) {
            dateline = head.dateline();
        }
        if (dateline == null && !body.isEmpty()) {
            dateline = datelineParser
                    .parseTrailing(body.get(body.size() - 1).text())
                    .orElse(null);
        }
        String title = headlineBuilder.title(
                segment.titleLines.stream().map(SourceLine::text).toList());
        String subtitle = headlineBuilder.subtitle(
                segment.subtitleLines.stream().map(SourceLine::text).toList());
        ParsedArticle article = new ParsedArticle(
                index,
                title,
                subtitle,
                authors(byline, head),
                bylineText(byline, head),
                source(byline, head, dateline),
                byline == null ? null : byline.coSource(),
                dateline,
                bodyText,
                credits(byline, head, ordered, printed));
        return new ExtractedArticle(article, bodyLines, segment.allLineNumbers());
    }

    /**
     * Cuts the wire head from the first paragraph that opens with one (past headline-like lines only) and returns it;
     * a paragraph that held nothing but the head is dropped.
     */
    private WireHead cutWireHead(List<Paragraph> paragraphs, Map<Integer, String> printed) {
        for (int i = 0; i < Math.min(LEADING_HEAD_PARAGRAPHS, paragraphs.size()); i++) {
            Paragraph paragraph = paragraphs.get(i);
            // The head is read as printed, where spaces still separate names (记者 王小明 李华).
            String asPrinted =
                    String.join("", paragraph.lines().stream().map(printed::get).toList());
            Optional<WireHeadParser.Cut> cut = wireHeadParser.parse(asPrinted);
            if (cut.isPresent()) {
                String rest = paragraph
                        .text()
                        .substring(sameTextEnd(
                                paragraph.text(), asPrinted, cut.get().bodyStart()));
                if (rest.isBlank()) {
                    paragraphs.remove(i);
                } else {
                    paragraphs.set(i, new Paragraph(rest, paragraph.lines()));
                }
                return cut.get().head();
            }
            if (!headlineBuilder.isHeadlineLike(paragraph.text())) {
                return null;
            }
        }
        return null;
    }

    /**
     * The index in {@code joined} (the paragraph without layout spaces) just past the text that {@code printed} holds
     * before {@code printedEnd}: both have the same characters but for whitespace.
     */
    static int sameTextEnd(String joined, String printed, int printedEnd) {
        long wanted = printed.substring(0, printedEnd)
                .chars()
                .filter(c -> !isSpace(c))
                .count();
        int i = 0;
        for (long seen = 0; i < joined.length() && seen < wanted; i++) {
            if (!isSpace(joined.charAt(i))) {
                seen++;
            }
        }
        while (i < joined.length() && isSpace(joined.charAt(i))) {
            i++;
        }
        return i;
    }

    private static boolean isSpace(int c) {
        return Character.isWhitespace(c) || c == '\u3000';
    }

    private static List<String> authors(Byline byline, WireHead head) {
        List<String> authors = new ArrayList<>();
        for (Byline part : bylines(byline, head)) {
            part.authors().stream().filter(a -> !authors.contains(a)).forEach(authors::add);
        }
        return authors;
    }

    /** The byline line and the wire head as printed, so that every character cut from the body stays searchable. */
    private static String bylineText(Byline byline, WireHead head) {
        if (head == null) {
            return byline == null ? null : byline.text();
        }
        return byline == null ? head.text() : byline.text() + " " + head.text();
    }

    /** The outlet of the wire head (the original one for 据…电), else the byline's agency, else the dateline's. */
    private static String source(Byline byline, WireHead head, Dateline dateline) {
        if (head != null && head.source() != null) {
            return head.source();
        }
        if (byline != null && byline.source() != null) {
            return byline.source();
        }
        return dateline == null ? null : dateline.agency();
    }

    /**
     * Everybody credited: byline and head, then the photo credits (（新华社记者 李十 摄）) and the credit lists that
     * close a printed line of the body (本报记者 涂文涛摄, 编辑：祝晓岚), which stay in the body.
     */
    private List<Credit> credits(
            Byline byline, WireHead head, List<Paragraph> paragraphs, Map<Integer, String> printed) {
        List<Credit> credits = new ArrayList<>();
        for (Byline part : bylines(byline, head)) {
            addNew(credits, part.credits());
        }
        for (Paragraph paragraph : paragraphs) {
            for (int number : paragraph.lines()) {
                String line = printed.get(number);
                if (line.indexOf('摄') >= 0) {
                    Matcher photo = PHOTO_CREDIT_ANYWHERE.matcher(line);
                    while (photo.find()) {
                        addCredited(credits, photo.group("credit"));
                    }
                }
                String closing = closingCredit(line);
                if (closing != null) {
                    addCredited(credits, closing);
                }
            }
        }
        return credits;
    }

    /**
     * The text after a printed line's last sentence mark (the whole line when it has none) if it reads as a credit: 2
     * to 40 characters without marks or brackets, in brackets or not. Only that tail can be one, since a credit holds
     * no mark, so the line is not searched from every position.
     */
    static String closingCredit(String line) {
        int lastMark = line.length() - 1;
        while (lastMark >= 0 && SENTENCE_MARKS.indexOf(line.charAt(lastMark)) < 0) {
            lastMark--;
        }
        Matcher tail = lastMark < 0
                ? CREDIT_LINE.matcher(line)
                : CREDIT_AFTER_MARK.matcher(line).region(lastMark + 1, line.length());
        return tail.matches() ? tail.group("credit") : null;
    }

    /** The credits of a photo or editor credit, if it is nothing but roles and names. */
    private void addCredited(List<Credit> credits, String credit) {
        if (bylineCleaner.isCreditList(credit)) {
            addNew(credits, bylineCleaner.parse(credit).credits());
        }
    }

    private static List<Byline> bylines(Byline byline, WireHead head) {
        List<Byline> bylines = new ArrayList<>();
        if (byline != null) {
            bylines.add(byline);
        }
        if (head != null && head.credits() != null) {
            bylines.add(head.credits());
        }
        return bylines;
    }

    private static void addNew(List<Credit> credits, List<Credit> more) {
        more.stream().filter(c -> !credits.contains(c)).forEach(credits::add);
    }
}
