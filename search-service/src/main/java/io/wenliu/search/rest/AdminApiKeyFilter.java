package io.wenliu.search.rest;

import io.quarkiverse.resteasy.problem.HttpProblem;
import io.wenliu.platform.http.ApiKeys;
import io.wenliu.platform.http.Problems;
import io.wenliu.search.config.SearchConfig;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.Optional;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.SimpleResourceInfo;

/**
 * Requires header X-API-Key on every admin endpoint ({@link AdminResource}); searches stay public. Without a
 * configured key (env WENLIU_SEARCH_ADMIN_API_KEY) the admin endpoints answer 503; a missing or wrong key gets 401.
 */
public class AdminApiKeyFilter {

    /** Header carrying the API key (as ingest-service's upload API). */
    public static final String HEADER = ApiKeys.HEADER;

    @Inject
    SearchConfig config;

    @ServerRequestFilter
    public Optional<Response> check(SimpleResourceInfo resource, HttpHeaders headers, UriInfo uri) {
        if (!AdminResource.class.equals(resource.getResourceClass())) {
            return Optional.empty();
        }
        return verdict(config.adminApiKey(), headers.getHeaderString(HEADER))
                .map(refusal -> HttpProblem.builder(refusal)
                        .withInstance(URI.create(uri.getRequestUri().getRawPath()))
                        .build()
                        .toResponse());
    }

    /** The refusal for a request carrying {@code given}, or empty when the key matches the configured one. */
    static Optional<HttpProblem> verdict(Optional<String> configured, String given) {
        ApiKeys.Verdict verdict = ApiKeys.check(configured, given);
        return switch (verdict) {
            case ACCEPTED -> Optional.empty();
            case NOT_CONFIGURED ->
                Optional.of(Problems.of(
                                "admin-api-disabled",
                                503,
                                "Admin API disabled",
                                "no API key is configured on the server; set WENLIU_SEARCH_ADMIN_API_KEY")
                        .build());
            case MISSING, WRONG -> Optional.of(unauthorized(verdict.detail()));
        };
    }

    private static HttpProblem unauthorized(String detail) {
        return Problems.of("unauthorized", 401, "Unauthorized", detail)
                .with("parameter", HEADER)
                .build();
    }
}
