package io.wenliu.ingest.rest;

import io.quarkiverse.resteasy.problem.HttpProblem;
import io.wenliu.platform.http.Problems;
import java.net.URI;
import java.util.Locale;

/**
 * A refused request, answered as RFC 9457 {@code application/problem+json} by quarkus-resteasy-problem: its type is
 * {@value Problems#TYPES} plus the title in lower case with dashes (Payload Too Large →
 * payload-too-large), and {@code parameter} names the request part at fault when there is one.
 */
public final class ApiException extends HttpProblem {

    private static final long serialVersionUID = 1L;

    public ApiException(int status, String title, String detail) {
        this(status, title, detail, null);
    }

    public ApiException(int status, String title, String detail, String parameter) {
        super(builder(status, title, detail, parameter));
    }

    private static Builder builder(int status, String title, String detail, String parameter) {
        Builder builder = Problems.of(title.toLowerCase(Locale.ROOT).replace(' ', '-'), status, title, detail);
        return parameter == null ? builder : builder.with("parameter", parameter);
    }

    /** This problem with {@code instance} set to the request path, for answers written outside JAX-RS mappers. */
    public HttpProblem at(String path) {
        return HttpProblem.builder(this).withInstance(URI.create(path)).build();
    }

    /** The HTTP status. */
    public int status() {
        return getStatusCode();
    }
}
