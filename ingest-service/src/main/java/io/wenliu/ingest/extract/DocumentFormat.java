package io.wenliu.ingest.extract;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** The document formats the service accepts, recognised by file extension. */
public enum DocumentFormat {
    TEXT("text/plain", Set.of("txt")),
    MARKDOWN("text/markdown", Set.of("md", "markdown")),
    HTML("text/html", Set.of("html", "htm")),
    PDF("application/pdf", Set.of("pdf")),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", Set.of("docx"));

    private final String mediaType;
    private final Set<String> extensions;

    DocumentFormat(String mediaType, Set<String> extensions) {
        this.mediaType = mediaType;
        this.extensions = extensions;
    }

    /** The IANA media type of the format. */
    public String mediaType() {
        return mediaType;
    }

    /** Whether the text is decoded from bytes by the charset detector rather than by Tika. */
    public boolean isPlainText() {
        return this == TEXT || this == MARKDOWN;
    }

    /** The format for a file name, by its extension (case-insensitive). */
    public static Optional<DocumentFormat> ofFileName(String fileName) {
        int dot = fileName.lastIndexOf('.');
        if (dot < 0 || dot == fileName.length() - 1) {
            return Optional.empty();
        }
        String extension = fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
        for (DocumentFormat format : values()) {
            if (format.extensions.contains(extension)) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
    }
}
