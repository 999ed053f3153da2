package io.wenliu.ingest.article;

import java.util.List;

/**
 * An article with its provenance: the source line numbers its body was built from (in body order) and every
 * source line it consumed (headline, byline and dateline included, in document order).
 */
public record ExtractedArticle(ParsedArticle article, List<Integer> bodyLines, List<Integer> sourceLines) {

    public ExtractedArticle {
        bodyLines = List.copyOf(bodyLines);
        sourceLines = List.copyOf(sourceLines);
    }
}
