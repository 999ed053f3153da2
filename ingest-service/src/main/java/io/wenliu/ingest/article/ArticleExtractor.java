package io.wenliu.ingest.article;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

/**
 * Turns the decoded text of a document (typically a PDF newspaper page) into articles: width normalisation, split
 * into segments, headline blocks re-attached to their bodies, then titles, bylines, datelines and joined bodies.
 */
public final class ArticleExtractor {

    private final WidthNormalizer widthNormalizer = new WidthNormalizer();
    private final ArticleSplitter splitter;
    private final HeadlineBlockAttacher attacher = new HeadlineBlockAttacher();
    private final ArticleAssembler assembler;
    private final DatelineYears years;

    /** Creates an extractor that leaves a date printed without a year without one unless the document shows it. */
    public ArticleExtractor() {
        this(new DatelineYears());
    }

    /**
     * Creates an extractor that gives datelines printed without a year (e.g. 3月12日) the year {@code defaultYear}
     * unless the document shows theirs (see {@link DatelineYears}).
     */
    public ArticleExtractor(int defaultYear) {
        this(new DatelineYears(OptionalInt.of(defaultYear)));
    }

    private ArticleExtractor(DatelineYears years) {
        DatelineParser datelineParser = new DatelineParser();
        this.splitter = new ArticleSplitter(datelineParser);
        this.assembler = new ArticleAssembler(datelineParser, new WireHeadParser());
        this.years = years;
    }

    /** Splits a document's text into articles. */
    public List<ParsedArticle> extract(String documentText) {
        return extractWithProvenance(documentText).stream()
                .map(ExtractedArticle::article)
                .toList();
    }

    /**
     * Splits a document's text into articles; a dateline without a year may take it from the file's creation day
     * ({@code fileCreated}, null when unknown; see {@link DatelineYears}).
     */
    public List<ParsedArticle> extract(String documentText, LocalDate fileCreated) {
        return extractWithProvenance(documentText, fileCreated).stream()
                .map(ExtractedArticle::article)
                .toList();
    }

    /** Like {@link #extract(String)}, with the source lines each article came from. */
    public List<ExtractedArticle> extractWithProvenance(String documentText) {
        return extractWithProvenance(documentText, null);
    }

    private List<ExtractedArticle> extractWithProvenance(String documentText, LocalDate fileCreated) {
        List<SourceLine> lines = lines(documentText);
        List<Segment> segments = attacher.attach(splitter.split(lines));
        DatelineYears.InDocument dates = years.in(
                () -> String.join("\n", lines.stream().map(SourceLine::text).toList()), fileCreated);
        List<ExtractedArticle> articles = new ArrayList<>();
        for (Segment segment : segments) {
            ExtractedArticle article = assembler.assemble(articles.size(), segment);
            if (article.article().title() == null && article.article().body().isEmpty()) {
                article = assembler.assemble(articles.size(), segment.asBodyOnly());
            }
            if (!article.sourceLines().isEmpty()) {
                articles.add(dated(article, dates));
            }
        }
        return articles;
    }

    /** The article with its dateline's year completed from the document's text (or the configured year). */
    private static ExtractedArticle dated(ExtractedArticle extracted, DatelineYears.InDocument dates) {
        Dateline dateline = extracted.article().dateline();
        Dateline completed = dates.complete(dateline);
        return completed == dateline
                ? extracted
                : new ExtractedArticle(
                        extracted.article().withDateline(completed), extracted.bodyLines(), extracted.sourceLines());
    }

    /** The normalised document split into numbered lines (1-based) at each CRLF, CR or LF. */
    public List<SourceLine> lines(String documentText) {
        String text = documentText.startsWith("\uFEFF") ? documentText.substring(1) : documentText;
        String normalized = widthNormalizer.normalize(text);
        List<SourceLine> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < normalized.length(); i++) {
            char c = normalized.charAt(i);
            if (c == '\n' || c == '\r') {
                lines.add(new SourceLine(lines.size() + 1, normalized.substring(start, i)));
                if (c == '\r' && i + 1 < normalized.length() && normalized.charAt(i + 1) == '\n') {
                    i++;
                }
                start = i + 1;
            }
        }
        lines.add(new SourceLine(lines.size() + 1, normalized.substring(start)));
        return lines;
    }
}
