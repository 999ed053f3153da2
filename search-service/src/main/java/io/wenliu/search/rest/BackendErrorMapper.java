package io.wenliu.search.rest;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.opensearch.client.opensearch._types.OpenSearchException;

/** Maps OpenSearch failures to 503 so callers can tell an unavailable backend from their own mistakes. */
public class BackendErrorMapper {

    private static final Logger LOG = Logger.getLogger(BackendErrorMapper.class);

    @ServerExceptionMapper
    public Response unreachable(IOException e) {
        LOG.warnf("OpenSearch unreachable: %s", e.toString());
        return unavailable("search backend unavailable, try again shortly");
    }

    @ServerExceptionMapper
    public Response failed(OpenSearchException e) {
        LOG.warnf("OpenSearch error: %s", e.getMessage());
        if (e.status() == 404) {
            return unavailable("search index not ready yet");
        }
        return unavailable("search backend error: " + e.error().type());
    }

    private static Response unavailable(String message) {
        return Response.status(Response.Status.SERVICE_UNAVAILABLE)
                .type(MediaType.APPLICATION_JSON)
                .entity(new ErrorBody(503, message, null))
                .build();
    }
}
