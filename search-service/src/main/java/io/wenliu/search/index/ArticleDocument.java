package io.wenliu.search.index;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.List;

/** The _source of one article in the index (see opensearch/articles-v1.json). */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ArticleDocument(
        String articleId,
        String documentId,
        String sourceFile,
        Integer segmentIndex,
        String title,
        String subtitle,
        String body,
        String titleWords,
        String bodyWords,
        List<String> authors,
        String byline,
        String source,
        String coSource,
        String datelinePlace,
        JsonNode dateline,
        String publishedDate,
        Instant ingestedAt,
        Instant indexedAt,
        List<String> persons,
        List<String> places,
        List<String> organizations,
        List<String> keywords,
        JsonNode enrichment,
        String contentHash,
        String languageHint,
        Long eventVersion,
        String sourceEventId,
        List<String> suggestTitles,
        List<String> suggestEntities,
        List<String> suggestKeywords) {}
