package io.wenliu.ingest.article;

import java.util.List;

/**
 * One article found in a document, with its headline block and repaired body. {@code byline} is the credit text as
 * printed (a byline line, the wire head cut from the first paragraph, or both); {@code credits} are all the people it
 * and the photo and editor credits name, {@code authors} the writers among them.
 */
public record ParsedArticle(
        int segmentIndex,
        String title,
        String subtitle,
        List<String> authors,
        String byline,
        String source,
        String coSource,
        Dateline dateline,
        String body,
        List<Credit> credits) {

    public ParsedArticle {
        authors = List.copyOf(authors);
        credits = List.copyOf(credits);
    }

    /** This article with another dateline. */
    public ParsedArticle withDateline(Dateline other) {
        return new ParsedArticle(
                segmentIndex, title, subtitle, authors, byline, source, coSource, other, body, credits);
    }
}
