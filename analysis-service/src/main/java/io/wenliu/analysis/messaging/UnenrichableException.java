package io.wenliu.analysis.messaging;

/** The analyzer could not enrich an article; never retried (the same input fails the same way). */
public class UnenrichableException extends RuntimeException {
    public UnenrichableException(String message, Throwable cause) {
        super(message, cause);
    }
}
