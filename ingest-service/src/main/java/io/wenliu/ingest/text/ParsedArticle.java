package io.wenliu.ingest.text;

import java.util.List;

/** One article found in a document, with its headline block and repaired body. */
public record ParsedArticle(
        int segmentIndex,
        String title,
        String subtitle,
        List<String> authors,
        String byline,
        String source,
        String coSource,
        Dateline dateline,
        String body) {}
