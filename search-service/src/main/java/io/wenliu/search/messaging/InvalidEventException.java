package io.wenliu.search.messaging;

/** An event that can never be indexed; its message is the reason written to the dead-letter topic. */
public class InvalidEventException extends Exception {

    public InvalidEventException(String reason) {
        super(reason);
    }

    public InvalidEventException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
