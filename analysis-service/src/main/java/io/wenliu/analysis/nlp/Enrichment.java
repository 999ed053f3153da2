package io.wenliu.analysis.nlp;

import java.util.List;

/** Everything the analyzer adds to an article; serialised as the {@code enrichment} object of ArticleEnriched. */
public record Enrichment(
        List<Entity> entities,
        List<Keyword> keywords,
        List<String> summary,
        String language,
        String script,
        int charCount,
        int wordCount,
        String analyzer) {

    /** Name and version of the analyzer written into every enrichment. */
    public static final String ANALYZER = "wenliu-nlp/2";
}
