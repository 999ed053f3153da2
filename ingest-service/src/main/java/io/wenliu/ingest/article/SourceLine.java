package io.wenliu.ingest.article;

/** One line of the decoded document with its 1-based line number. */
public record SourceLine(int number, String text) {

    /** Whether the line holds nothing but whitespace. */
    public boolean isBlank() {
        return text.isBlank() || text.replace('\u3000', ' ').isBlank();
    }

    /** The line without leading and trailing whitespace (including the ideographic space). */
    public String stripped() {
        return text.replace('\u3000', ' ').strip();
    }
}
