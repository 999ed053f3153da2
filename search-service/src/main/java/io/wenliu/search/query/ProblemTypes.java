package io.wenliu.search.query;

import io.quarkiverse.resteasy.problem.HttpProblem;
import java.net.URI;

/**
 * The problem types of this API: RFC 9457 {@code type} URIs under {@value #BASE}, one per kind of refusal (the
 * README lists them). Bodies are {@code application/problem+json}: type, title, status, detail, instance, and
 * {@code parameter} where one request parameter is at fault.
 */
public final class ProblemTypes {
    private static final String BASE = "https://wenliu.io/problems/";

    private ProblemTypes() {}

    /** A problem of the given type (the last part of its URI), status, title and detail. */
    public static HttpProblem.Builder problem(String type, int status, String title, String detail) {
        return HttpProblem.builder()
                .withType(URI.create(BASE + type))
                .withStatus(status)
                .withTitle(title)
                .withDetail(detail);
    }
}
