package io.wenliu.analysis.corpus;

/** The corpus statistics could not be read: a transient failure that fails the whole analysis, never one step. */
public class FrequenciesUnavailableException extends RuntimeException {
    public FrequenciesUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
