package io.wenliu.search.events;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import java.util.List;

/** Payload of ArticleEnriched: the ingested article, its enrichment and the id of the event it came from. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record EnrichedPayload(Article article, Enrichment enrichment, String sourceEventId) {

    /** The article exactly as ingested. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Article(
            String documentId,
            String sourceFile,
            Integer segmentIndex,
            String title,
            String subtitle,
            List<String> authors,
            String byline,
            String source,
            String coSource,
            Dateline dateline,
            String body,
            String contentHash,
            String languageHint,
            Instant ingestedAt) {}

    /** The dateline of an article, e.g. （新华社北京3月12日电）. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Dateline(String raw, String agency, String place, String date, String isoDate) {}

    /** What analysis-service found in the article. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Enrichment(
            List<Entity> entities,
            List<Keyword> keywords,
            List<String> summary,
            String language,
            String script,
            Integer charCount,
            Integer wordCount,
            String analyzer) {}

    /**
     * A named entity: text, type (PERSON, LOCATION, ORGANIZATION), count, body offsets and analysis's confidence (0 to
     * 1; null from producers that predate it).
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Entity(String text, String type, Integer count, List<List<Integer>> offsets, Double confidence) {

        /** Whether the entity is sure enough to be counted in facets: its confidence reaches the threshold or is unknown. */
        public boolean isFact(double minConfidence) {
            return confidence == null || confidence >= minConfidence;
        }
    }

    /** A keyword and its score. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Keyword(String term, Double score) {}
}
