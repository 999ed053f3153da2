package io.wenliu.ingest.rest;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Maps refused requests to JSON error answers. */
public class ApiExceptionMappers {

    @ServerExceptionMapper
    public Response apiException(ApiException e) {
        return json(e.status(), e.toError());
    }

    @ServerExceptionMapper
    public Response webApplicationException(WebApplicationException e) {
        int status = e.getResponse().getStatus();
        String reason = e.getResponse().getStatusInfo().getReasonPhrase();
        return json(status, new ApiError(status, reason, e.getMessage()));
    }

    static Response json(int status, ApiError error) {
        return Response.status(status)
                .type(MediaType.APPLICATION_JSON)
                .entity(error)
                .build();
    }
}
