package io.wenliu.analysis.enrichment;

import java.util.List;

/** Everything the analyzer adds to an article; serialised as the {@code enrichment} object of ArticleEnriched. */
public record Enrichment(
        List<Entity> entities,
        List<CreditedPerson> credited,
        List<Keyword> keywords,
        List<String> summary,
        String language,
        String script,
        int charCount,
        int wordCount,
        String analyzer) {

    /** Name and version of the analyzer written into every enrichment. */
    public static final String ANALYZER = "wenliu-nlp/2";

    /** This enrichment with the people the article credits (its head, byline and photo lines, not its body). */
    public Enrichment withCredited(List<CreditedPerson> people) {
        return new Enrichment(
                entities, List.copyOf(people), keywords, summary, language, script, charCount, wordCount, analyzer);
    }
}
