package io.wenliu.ingest.extract;

import java.util.Optional;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Records the text of a document's first top-level heading ({@code <h1>}) as Tika reports it: an HTML {@code <h1>},
 * a DOCX paragraph in the Title or Heading 1 style.
 */
final class FirstHeading extends DefaultHandler {

    private final StringBuilder text = new StringBuilder();
    private int depth;
    private boolean done;

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) {
        if (isHeading(localName, qName)) {
            depth++;
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
        if (isHeading(localName, qName)
                && depth > 0
                && --depth == 0
                && !text.toString().isBlank()) {
            done = true;
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
        if (depth > 0 && !done) {
            text.append(ch, start, length);
        }
    }

    /** The first top-level heading's text, if there is one. */
    Optional<String> text() {
        return done ? Optional.of(text.toString().strip()) : Optional.empty();
    }

    private static boolean isHeading(String localName, String qName) {
        return "h1".equalsIgnoreCase(localName) || "h1".equalsIgnoreCase(qName);
    }
}
