package io.wenliu.ingest.extract;

import io.wenliu.ingest.ledger.FailureReason;
import java.util.Locale;

/** The refusal of a document with more characters of text than {@code wenliu.ingest.max-text-chars}. */
final class TextLimit {

    private TextLimit() {}

    static DocumentRejectedException exceeded(int maxChars) {
        return new DocumentRejectedException(
                FailureReason.TOO_LARGE,
                String.format(
                        Locale.ROOT,
                        "document has more than %,d characters of text (wenliu.ingest.max-text-chars): split it",
                        maxChars));
    }
}
