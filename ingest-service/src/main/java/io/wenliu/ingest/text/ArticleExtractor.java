package io.wenliu.ingest.text;

import java.time.Year;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns the decoded text of a document (typically a PDF newspaper page) into articles: width normalisation, split
 * into segments, headline blocks re-attached to their bodies, then titles, bylines, datelines and joined bodies.
 */
public final class ArticleExtractor {

    private final WidthNormalizer widthNormalizer = new WidthNormalizer();
    private final ArticleSplitter splitter;
    private final HeadlineBlockAttacher attacher = new HeadlineBlockAttacher();
    private final ArticleAssembler assembler;

    /** Creates an extractor that dates datelines without a year in the current year. */
    public ArticleExtractor() {
        this(Year.now().getValue());
    }

    /** Creates an extractor that dates datelines without a year (e.g. 3月12日) in {@code defaultYear}. */
    public ArticleExtractor(int defaultYear) {
        DatelineParser datelineParser = new DatelineParser(defaultYear);
        this.splitter = new ArticleSplitter(datelineParser);
        this.assembler = new ArticleAssembler(datelineParser);
    }

    /** Splits a document's text into articles. */
    public List<ParsedArticle> extract(String documentText) {
        return extractWithProvenance(documentText).stream()
                .map(ExtractedArticle::article)
                .toList();
    }

    /** Like {@link #extract(String)}, with the source lines each article came from. */
    public List<ExtractedArticle> extractWithProvenance(String documentText) {
        List<SourceLine> lines = lines(documentText);
        List<Segment> segments = attacher.attach(splitter.split(lines));
        List<ExtractedArticle> articles = new ArrayList<>();
        for (Segment segment : segments) {
            ExtractedArticle article = assembler.assemble(articles.size(), segment);
            if (article.article().title() == null && article.article().body().isEmpty()) {
                article = assembler.assemble(articles.size(), segment.asBodyOnly());
            }
            if (!article.sourceLines().isEmpty()) {
                articles.add(article);
            }
        }
        return articles;
    }

    /** The normalised document split into numbered lines (1-based). */
    public List<SourceLine> lines(String documentText) {
        String text = documentText.startsWith("\uFEFF") ? documentText.substring(1) : documentText;
        String[] raw = widthNormalizer.normalize(text).split("\r\n|\r|\n", -1);
        List<SourceLine> lines = new ArrayList<>(raw.length);
        for (int i = 0; i < raw.length; i++) {
            lines.add(new SourceLine(i + 1, raw[i]));
        }
        return lines;
    }
}
