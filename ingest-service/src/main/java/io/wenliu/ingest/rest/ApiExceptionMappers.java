package io.wenliu.ingest.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.OptionalLong;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Maps refused requests to JSON error answers. */
public class ApiExceptionMappers {

    private static final Logger LOG = Logger.getLogger(ApiExceptionMappers.class);

    @Inject
    UploadLimits limits;

    @ServerExceptionMapper
    public Response apiException(ApiException e) {
        return json(e.status(), e.toError());
    }

    @ServerExceptionMapper
    public Response webApplicationException(WebApplicationException e) {
        int status = e.getResponse().getStatus();
        if (status == 413) {
            // the multipart parser stopped at quarkus.http.limits.max-body-size (a chunked upload)
            return apiException(limits.tooLarge(OptionalLong.empty()));
        }
        String reason = e.getResponse().getStatusInfo().getReasonPhrase();
        return json(status, new ApiError(status, reason, e.getMessage()));
    }

    @ServerExceptionMapper
    public Response unexpected(Exception e) {
        LOG.errorf(e, "request failed");
        return json(
                500,
                new ApiError(
                        500,
                        "Internal Server Error",
                        "the request failed: " + e.getClass().getSimpleName()));
    }

    static Response json(int status, ApiError error) {
        return Response.status(status)
                .type(MediaType.APPLICATION_JSON)
                .entity(error)
                .build();
    }
}
