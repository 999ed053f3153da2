package io.wenliu.ingest.decode;

/** Thrown when bytes cannot be decoded as text in any supported charset. */
public final class UndecodableTextException extends Exception {

    private static final long serialVersionUID = 1L;

    public UndecodableTextException(String message) {
        super(message);
    }
}
