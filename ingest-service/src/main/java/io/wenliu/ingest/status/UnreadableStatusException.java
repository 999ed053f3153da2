package io.wenliu.ingest.status;

/** A status record that is not JSON or lacks an envelope field the ledger needs; it goes to the dead-letter topic. */
public class UnreadableStatusException extends RuntimeException {

    public UnreadableStatusException(String message, Throwable cause) {
        super(message, cause);
    }
}
