package io.wenliu.search.events;

/**
 * An event that can never be indexed; its message is the reason written to the dead-letter topic and its {@link
 * #kind()} the metric tag: {@code unreadable} (not an event envelope), {@code unsupported_version} or {@code invalid}
 * (a readable event that cannot be indexed).
 */
public class InvalidEventException extends Exception {

    private final String kind;

    public InvalidEventException(String reason) {
        this("invalid", reason, null);
    }

    public InvalidEventException(String reason, Throwable cause) {
        this("invalid", reason, cause);
    }

    private InvalidEventException(String kind, String reason, Throwable cause) {
        super(reason, cause);
        this.kind = kind;
    }

    /** A record value that is not an event envelope. */
    static InvalidEventException unreadable(String reason, Throwable cause) {
        return new InvalidEventException("unreadable", reason, cause);
    }

    /** An event of a schemaVersion this service does not read. */
    static InvalidEventException unsupportedVersion(String reason) {
        return new InvalidEventException("unsupported_version", reason, null);
    }

    /** The kind of dead letter, for metrics. */
    public String kind() {
        return kind;
    }
}
