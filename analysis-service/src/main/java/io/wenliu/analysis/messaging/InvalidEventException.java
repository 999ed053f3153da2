package io.wenliu.analysis.messaging;

/**
 * A consumed record that is not a usable event (bad JSON, missing ids, a schemaVersion this service does not read);
 * never retried. Its {@link #kind()} is the metric tag: {@code unreadable} or {@code unsupported_version}.
 */
public class InvalidEventException extends RuntimeException {

    private final String kind;

    public InvalidEventException(String message, Throwable cause) {
        this("unreadable", message, cause);
    }

    private InvalidEventException(String kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
    }

    /** An event of a schemaVersion this service does not read. */
    static InvalidEventException unsupportedVersion(String message) {
        return new InvalidEventException("unsupported_version", message, null);
    }

    /** The kind of dead letter, for metrics. */
    public String kind() {
        return kind;
    }
}
