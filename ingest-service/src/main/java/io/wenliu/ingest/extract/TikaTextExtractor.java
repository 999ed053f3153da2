package io.wenliu.ingest.extract;

import io.wenliu.ingest.ledger.FailureReason;
import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.Optional;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.microsoft.OfficeParserConfig;
import org.apache.tika.sax.BodyContentHandler;
import org.apache.tika.sax.TeeContentHandler;
import org.xml.sax.SAXException;

/**
 * Extracts text from rich formats (HTML, PDF, DOCX) with Apache Tika: the body's text in reading order, headings as lines
 * of their own, and the title the format marks as the first line: an HTML {@code <h1>} or DOCX Title / Heading 1
 * paragraph, a PDF's headline told by its type size, else an HTML page's {@code <title>} (see {@link TitleFirst}).
 * Extraction stops at {@code maxChars} characters: the document is refused as too large instead of filling the heap.
 */
public class TikaTextExtractor {

    /**
     * DOCX read as a stream of XML events, not as a document tree: a tree of its whole text needs many times the text's
     * size, so an 8 MB DOCX could exhaust the heap before the character limit was reached.
     */
    private static final OfficeParserConfig STREAMING_DOCX = streamingDocx();

    private final AutoDetectParser parser = new AutoDetectParser();
    private final int maxChars;

    /** An extractor that refuses documents with more than {@code maxChars} characters of text. */
    public TikaTextExtractor(int maxChars) {
        if (maxChars < 1) {
            throw new IllegalArgumentException("maxChars must be at least 1, was " + maxChars);
        }
        this.maxChars = maxChars;
    }

    /** Most characters of text a document may have. */
    public int maxChars() {
        return maxChars;
    }

    private static OfficeParserConfig streamingDocx() {
        OfficeParserConfig config = new OfficeParserConfig();
        config.setUseSAXDocxExtractor(true);
        return config;
    }

    /** The day the document's metadata says it was created (UTC), or null when it says nothing readable. */
    private static LocalDate createdDay(Metadata metadata) {
        Date created = metadata.getDate(TikaCoreProperties.CREATED);
        return created == null
                ? null
                : created.toInstant().atZone(ZoneOffset.UTC).toLocalDate();
    }

    /** The text limit reached (whichever parser wrapped Tika's signal), else the document cannot be read. */
    private DocumentRejectedException unreadable(DocumentFormat format, String why, Throwable e) {
        if (WriteLimitReachedException.isWriteLimitReached(e)) {
            return TextLimit.exceeded(maxChars);
        }
        return new DocumentRejectedException(
                FailureReason.UNDECODABLE, "cannot read " + format + " document: " + why, e);
    }

    /** Extracts the plain text of a document. */
    public ExtractedText extract(byte[] bytes, DocumentFormat format) throws DocumentRejectedException {
        Metadata metadata = new Metadata();
        metadata.set(Metadata.CONTENT_TYPE, format.mediaType());
        BodyContentHandler handler = new BodyContentHandler(maxChars);
        FirstHeading heading = new FirstHeading();
        ParseContext context = new ParseContext();
        context.set(Parser.class, parser);
        context.set(OfficeParserConfig.class, STREAMING_DOCX);
        try (TikaInputStream in = TikaInputStream.get(bytes)) {
            if (format == DocumentFormat.DOCX) {
                // from a file POI reads the zip by random access; from a stream it buffers every entry whole
                in.getFile();
            }
            parser.parse(in, new TeeContentHandler(handler, heading), metadata, context);
        } catch (EncryptedDocumentException e) {
            throw new DocumentRejectedException(FailureReason.UNDECODABLE, "document is encrypted", e);
        } catch (TikaException | SAXException | IOException e) {
            throw unreadable(format, e.getMessage(), e);
        } catch (RuntimeException | LinkageError e) {
            throw unreadable(format, e.toString(), e);
        }
        String detected = metadata.get(Metadata.CONTENT_TYPE);
        String encoding = metadata.get(Metadata.CONTENT_ENCODING);
        if (encoding == null) {
            encoding = metadata.get(TikaCoreProperties.DETECTED_ENCODING);
        }
        String text = handler.toString();
        Optional<String> title = switch (format) {
            case HTML, DOCX -> heading.text();
            case PDF -> PdfTitle.find(bytes);
            default -> Optional.empty();
        };
        if (title.isPresent()) {
            text = TitleFirst.putFirst(title.get(), text);
        } else if (format == DocumentFormat.HTML) {
            text = HtmlTitle.prepend(metadata.get(TikaCoreProperties.TITLE), text);
        }
        return new ExtractedText(
                text, detected == null ? format.mediaType() : detected, encoding, createdDay(metadata));
    }
}
