package io.wenliu.analysis.messaging;

/** A consumed record that is not a usable event (bad JSON, missing ids); never retried. */
public class InvalidEventException extends RuntimeException {
    public InvalidEventException(String message, Throwable cause) {
        super(message, cause);
    }
}
