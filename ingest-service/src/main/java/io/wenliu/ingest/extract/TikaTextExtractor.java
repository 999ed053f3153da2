package io.wenliu.ingest.extract;

import io.wenliu.ingest.ledger.FailureReason;

/** Extracts text from rich formats (HTML, PDF, DOCX) with Apache Tika. */
public class TikaTextExtractor {

    /** Extracts the plain text of a document. */
    public ExtractedText extract(byte[] bytes, DocumentFormat format) throws DocumentRejectedException {
        throw new DocumentRejectedException(FailureReason.UNSUPPORTED_TYPE, format + " is not supported yet");
    }
}
