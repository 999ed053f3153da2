package io.wenliu.ingest.rest;

/** A request the API refuses, with the HTTP status and a message for the caller. */
public final class ApiException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int status;
    private final String error;

    public ApiException(int status, String error, String message) {
        super(message);
        this.status = status;
        this.error = error;
    }

    /** The answer to send. */
    public ApiError toError() {
        return new ApiError(status, error, getMessage());
    }

    /** The HTTP status. */
    public int status() {
        return status;
    }
}
