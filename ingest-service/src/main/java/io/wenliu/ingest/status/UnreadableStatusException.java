package io.wenliu.ingest.status;

/**
 * A status record that is not JSON, lacks an envelope field the ledger needs or has a schemaVersion this service does
 * not read; it goes to the dead-letter topic. Its {@link #kind()} is the metric tag: {@code unreadable} or {@code
 * unsupported_version}.
 */
public class UnreadableStatusException extends RuntimeException {

    private final String kind;

    public UnreadableStatusException(String message, Throwable cause) {
        this("unreadable", message, cause);
    }

    private UnreadableStatusException(String kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
    }

    /** A record of a schemaVersion this service does not read. */
    static UnreadableStatusException unsupportedVersion(String message) {
        return new UnreadableStatusException("unsupported_version", message, null);
    }

    /** The kind of dead letter, for metrics. */
    public String kind() {
        return kind;
    }
}
