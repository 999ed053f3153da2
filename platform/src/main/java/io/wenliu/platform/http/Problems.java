package io.wenliu.platform.http;

import io.quarkiverse.resteasy.problem.HttpProblem;
import java.net.URI;

/**
 * The RFC 9457 problems the three REST APIs answer with ({@code application/problem+json}): a {@code type} URI under
 * {@value #TYPES}, one per kind of refusal (each service's README lists its own), with title, status and detail;
 * services add {@code parameter} where one request parameter is at fault.
 */
public final class Problems {

    /** Where the problem types live. */
    public static final String TYPES = "https://wenliu.io/problems/";

    private Problems() {}

    /** A problem of the given type (the last part of its URI), status, title and detail. */
    public static HttpProblem.Builder of(String type, int status, String title, String detail) {
        return HttpProblem.builder()
                .withType(URI.create(TYPES + type))
                .withStatus(status)
                .withTitle(title)
                .withDetail(detail);
    }
}
