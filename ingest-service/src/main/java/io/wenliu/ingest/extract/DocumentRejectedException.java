package io.wenliu.ingest.extract;

import io.wenliu.ingest.ledger.FailureReason;

/** A document cannot be ingested, for a reason the user can act on. */
public final class DocumentRejectedException extends Exception {

    private static final long serialVersionUID = 1L;

    private final FailureReason reason;

    public DocumentRejectedException(FailureReason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public DocumentRejectedException(FailureReason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    /** The machine-readable reason. */
    public FailureReason reason() {
        return reason;
    }
}
