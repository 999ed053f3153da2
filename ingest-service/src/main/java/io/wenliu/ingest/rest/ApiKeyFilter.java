package io.wenliu.ingest.rest;

import io.wenliu.ingest.config.IngestConfig;
import io.wenliu.platform.http.ApiKeys;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Requires header X-API-Key on uploads and deletes, before the body is read. Without a configured key (env
 * INGEST_API_KEY) these are refused with 503; a missing or wrong key gets 401.
 */
public class ApiKeyFilter {

    /** Header carrying the API key. */
    public static final String HEADER = ApiKeys.HEADER;

    @Inject
    IngestConfig config;

    @ServerRequestFilter
    public Optional<Response> check(ContainerRequestContext request) {
        String method = request.getMethod();
        if (!"POST".equals(method) && !"DELETE".equals(method)
                || !request.getUriInfo().getPath().startsWith("/api/documents")) {
            return Optional.empty();
        }
        return verdict(config.apiKey(), request.getHeaderString(HEADER))
                .map(refusal -> refusal.at(request.getUriInfo().getRequestUri().getRawPath())
                        .toResponse());
    }

    /** The refusal for a request carrying {@code given}, or empty when the key matches the configured one. */
    static Optional<ApiException> verdict(Optional<String> configured, String given) {
        ApiKeys.Verdict verdict = ApiKeys.check(configured, given);
        return switch (verdict) {
            case ACCEPTED -> Optional.empty();
            case NOT_CONFIGURED ->
                Optional.of(new ApiException(
                        503,
                        "Uploads disabled",
                        "no API key is configured on the server; set INGEST_API_KEY to enable uploads and deletes"));
            case MISSING, WRONG -> Optional.of(new ApiException(401, "Unauthorized", verdict.detail(), HEADER));
        };
    }
}
