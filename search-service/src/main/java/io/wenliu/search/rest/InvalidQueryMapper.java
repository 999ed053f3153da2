package io.wenliu.search.rest;

import io.wenliu.search.query.InvalidQueryException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Maps refused parameters to 400 and unknown articles and entities to 404, with a clear JSON message. */
public class InvalidQueryMapper {

    @ServerExceptionMapper
    public Response toResponse(InvalidQueryException e) {
        return Response.status(Response.Status.BAD_REQUEST)
                .type(MediaType.APPLICATION_JSON)
                .entity(new ErrorBody(400, e.getMessage(), e.parameter()))
                .build();
    }

    @ServerExceptionMapper
    public Response notFound(UnknownResourceException e) {
        return Response.status(Response.Status.NOT_FOUND)
                .type(MediaType.APPLICATION_JSON)
                .entity(new ErrorBody(404, e.getMessage(), e.parameter()))
                .build();
    }
}
