package io.wenliu.analysis.corpus;

/** PostgreSQL could not be read or written: a transient failure, retried until it passes. */
public class CorpusUnavailableException extends FrequenciesUnavailableException {
    public CorpusUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
