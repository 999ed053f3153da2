package io.wenliu.ingest.article;

import java.util.List;

/**
 * A cleaned byline: its text with layout spaces removed from names, the people it credits with their roles, the
 * authors among them and the issuing agencies.
 */
public record Byline(String text, List<String> authors, String source, String coSource, List<Credit> credits) {

    public Byline {
        authors = List.copyOf(authors);
        credits = List.copyOf(credits);
    }

    /** The same credits printed as {@code text}. */
    Byline withText(String printed) {
        return new Byline(printed, authors, source, coSource, credits);
    }
}
