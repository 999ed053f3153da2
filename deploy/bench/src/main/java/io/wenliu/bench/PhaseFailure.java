package io.wenliu.bench;

/** A phase could not finish (a timeout, lost articles, an error answer): the run stops and is marked failed. */
final class PhaseFailure extends RuntimeException {

    PhaseFailure(String message) {
        super(message);
    }

    PhaseFailure(String message, Throwable cause) {
        super(message, cause);
    }
}
