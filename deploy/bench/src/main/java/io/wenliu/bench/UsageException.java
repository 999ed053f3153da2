package io.wenliu.bench;

/** A bad command line or a request the benchmark cannot serve; the launcher prints the usage and exits with 2. */
final class UsageException extends IllegalArgumentException {

    UsageException(String message) {
        super(message);
    }
}
