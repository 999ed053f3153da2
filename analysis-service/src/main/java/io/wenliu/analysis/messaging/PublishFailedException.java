package io.wenliu.analysis.messaging;

/** The broker did not acknowledge an event: a transient failure, the batch is tried again. */
public class PublishFailedException extends RuntimeException {
    public PublishFailedException(String message, Throwable cause) {
        super(message, cause);
    }
}
