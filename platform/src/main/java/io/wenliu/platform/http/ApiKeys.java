package io.wenliu.platform.http;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;

/**
 * The API-key check of the endpoints that change things (ingest's uploads and deletes, search's admin API): the key
 * in header {@value #HEADER}, compared in constant time with the configured one.
 */
public final class ApiKeys {

    /** The header carrying the key. */
    public static final String HEADER = "X-API-Key";

    /** What a request's key amounts to. */
    public enum Verdict {
        ACCEPTED,
        /** No key is configured on the server: the endpoints are switched off (503). */
        NOT_CONFIGURED,
        /** 401: no header. */
        MISSING,
        /** 401: a header with another key. */
        WRONG;

        /** The problem detail of a 401 ({@code missing header X-API-Key}, {@code wrong API key in X-API-Key}). */
        public String detail() {
            return this == MISSING ? "missing header " + HEADER : "wrong API key in " + HEADER;
        }
    }

    private ApiKeys() {}

    /** Checks {@code given} (the header's value, null when absent) against {@code configured} (blank = none). */
    public static Verdict check(Optional<String> configured, String given) {
        Optional<String> expected = configured.filter(key -> !key.isBlank());
        if (expected.isEmpty()) {
            return Verdict.NOT_CONFIGURED;
        }
        if (given == null) {
            return Verdict.MISSING;
        }
        return MessageDigest.isEqual(
                        given.getBytes(StandardCharsets.UTF_8), expected.get().getBytes(StandardCharsets.UTF_8))
                ? Verdict.ACCEPTED
                : Verdict.WRONG;
    }
}
