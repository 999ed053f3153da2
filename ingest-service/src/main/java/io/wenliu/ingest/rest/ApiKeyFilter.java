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
        Optional<String> expected = config.apiKey().filter(k -> !k.isBlank());
        if (expected.isEmpty()) {
            return Optional.of(
                    ApiExceptionMappers.json(
                            503,
                            new ApiError(
                                    503,
                                    "Uploads disabled",
                                    "no API key is configured on the server; set INGEST_API_KEY to enable uploads and deletes")));
        }
        String given = request.getHeaderString(HEADER);
        if (given == null
                || !MessageDigest.isEqual(
                        given.getBytes(StandardCharsets.UTF_8), expected.get().getBytes(StandardCharsets.UTF_8))) {
            return Optional.of(ApiExceptionMappers.json(
                    401,
                    new ApiError(
                            401,
                            "Unauthorized",
                            given == null ? "missing header " + HEADER : "wrong API key in " + HEADER)));
        }
        return Optional.empty();
    }
}
