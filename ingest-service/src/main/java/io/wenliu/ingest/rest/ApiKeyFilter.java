package io.wenliu.ingest.rest;

import io.wenliu.ingest.config.IngestConfig;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Requires header X-API-Key on uploads and deletes, before the body is read. Without a configured key (env
 * INGEST_API_KEY) these are refused with 503; a missing or wrong key gets 401.
 */
public class ApiKeyFilter {

    /** Header carrying the API key. */
    public static final String HEADER = "X-API-Key";

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
        Optional<String> expected = configured.filter(k -> !k.isBlank());
        if (expected.isEmpty()) {
            return Optional.of(new ApiException(
                    503,
                    "Uploads disabled",
                    "no API key is configured on the server; set INGEST_API_KEY to enable uploads and deletes"));
        }
        if (given == null) {
            return Optional.of(new ApiException(401, "Unauthorized", "missing header " + HEADER, HEADER));
        }
        if (!MessageDigest.isEqual(
                given.getBytes(StandardCharsets.UTF_8), expected.get().getBytes(StandardCharsets.UTF_8))) {
            return Optional.of(new ApiException(401, "Unauthorized", "wrong API key in " + HEADER, HEADER));
        }
        return Optional.empty();
    }
}
