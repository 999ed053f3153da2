package io.wenliu.ingest.text;

import java.util.List;

/** Placeholder extractor: one article, first non-blank line as title; the text developer replaces it. */
public final class ArticleExtractor {

    /** Splits a document's text into articles. */
    public List<ParsedArticle> extract(String documentText) {
        String text = documentText.strip();
        if (text.isEmpty()) {
            return List.of();
        }
        int newline = text.indexOf('\n');
        String title = (newline < 0 ? text : text.substring(0, newline)).strip();
        String body = newline < 0 ? "" : text.substring(newline + 1).strip();
        return List.of(new ParsedArticle(0, title, null, List.of(), null, null, null, null, body));
    }
}
