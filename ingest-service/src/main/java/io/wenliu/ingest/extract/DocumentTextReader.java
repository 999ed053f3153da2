package io.wenliu.ingest.extract;

import io.wenliu.ingest.decode.CharsetDetector;
import io.wenliu.ingest.decode.DecodedText;
import io.wenliu.ingest.decode.UndecodableTextException;
import io.wenliu.ingest.ledger.FailureReason;

/**
 * Turns a document's bytes into text: plain text by charset detection (Markdown without its marks), rich formats
 * through Tika.
 */
public class DocumentTextReader {

    private final CharsetDetector charsetDetector;
    private final TikaTextExtractor tika;
    private final long maxBytes;
    private final MarkdownText markdown = new MarkdownText();

    /**
     * @param tika rich formats' extractor, whose character limit applies to every format
     * @param maxBytes largest document accepted, in bytes
     */
    public DocumentTextReader(CharsetDetector charsetDetector, TikaTextExtractor tika, long maxBytes) {
        this.charsetDetector = charsetDetector;
        this.tika = tika;
        this.maxBytes = maxBytes;
    }

    /** Checks the name and size of a document before its bytes are read. */
    public DocumentFormat check(String fileName, long size) throws DocumentRejectedException {
        DocumentFormat format = DocumentFormat.ofFileName(fileName)
                .orElseThrow(() -> new DocumentRejectedException(
                        FailureReason.UNSUPPORTED_TYPE,
                        "unsupported file type: " + fileName + " (accepted: .txt .md .html .htm .pdf .docx)"));
        if (size == 0) {
            throw new DocumentRejectedException(FailureReason.EMPTY, "file is empty");
        }
        if (size > maxBytes) {
            throw new DocumentRejectedException(
                    FailureReason.TOO_LARGE, "file has " + size + " bytes, the limit is " + maxBytes);
        }
        return format;
    }

    /** Reads the text of a document whose name and size passed {@link #check}. */
    public ExtractedText read(String fileName, byte[] bytes) throws DocumentRejectedException {
        DocumentFormat format = check(fileName, bytes.length);
        ExtractedText extracted = format.isPlainText() ? decode(bytes, format) : tika.extract(bytes, format);
        if (extracted.text().length() > tika.maxChars()) {
            throw TextLimit.exceeded(tika.maxChars());
        }
        if (extracted.text().isBlank()) {
            throw new DocumentRejectedException(FailureReason.NO_TEXT, "document contains no text");
        }
        return extracted;
    }

    private ExtractedText decode(byte[] bytes, DocumentFormat format) throws DocumentRejectedException {
        try {
            DecodedText decoded = charsetDetector.decode(bytes);
            String text = format == DocumentFormat.MARKDOWN ? markdown.toText(decoded.text()) : decoded.text();
            return new ExtractedText(text, format.mediaType(), decoded.charset().name());
        } catch (UndecodableTextException e) {
            throw new DocumentRejectedException(FailureReason.UNDECODABLE, "cannot decode text: " + e.getMessage(), e);
        }
    }
}
