package io.wenliu.ingest.extract;

import java.time.LocalDate;

/**
 * Text taken out of a document, with the media type and charset it came from, and the day the file says it was
 * created (PDF/DOCX metadata), or null.
 */
public record ExtractedText(String text, String mediaType, String charset, LocalDate created) {

    /** Text of a format without a creation date (plain text, Markdown). */
    public ExtractedText(String text, String mediaType, String charset) {
        this(text, mediaType, charset, null);
    }
}
