package io.wenliu.ingest.text;

import java.util.List;

/** A cleaned byline: its text with layout spaces removed from names, the authors and the issuing agencies. */
public record Byline(String text, List<String> authors, String source, String coSource) {

    public Byline {
        authors = List.copyOf(authors);
    }
}
