package io.wenliu.ingest.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkiverse.resteasy.problem.HttpProblem;
import io.quarkus.vertx.http.runtime.VertxHttpRecorder;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.jboss.logging.Logger;

/**
 * Refuses an upload whose Content-Length is over the limit with the service's JSON 413, before its body is read and
 * before Quarkus' own body-size check (route order -2), which answers with a bare 413.
 */
@ApplicationScoped
public class UploadSizeGuard {

    /** Runs before Quarkus' upload limit handler (RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT = -2). */
    static final int ROUTE_ORDER = -3;

    /** Runs right after Quarkus' upload limit handler, which stores the stream limit in the routing context. */
    static final int STREAM_LIMIT_ORDER = -1;

    private static final Logger LOG = Logger.getLogger(UploadSizeGuard.class);

    @Inject
    UploadLimits limits;

    @Inject
    ObjectMapper mapper;

    void register(@Observes Router router) {
        if (limits.fileLimitCapped()) {
            LOG.warnf(
                    "wenliu.ingest.max-file-size is above quarkus.http.limits.max-body-size; uploads are limited to %d bytes",
                    limits.fileLimit());
        }
        router.route(HttpMethod.POST, "/api/documents").order(ROUTE_ORDER).handler(this::check);
        router.route(HttpMethod.POST, "/api/documents")
                .order(STREAM_LIMIT_ORDER)
                .handler(this::relaxStreamLimit);
    }

    /**
     * A chunked upload is cut off by the upload code itself (raw: at the file limit; multipart: by the form parser at
     * the body limit, a 413 that UploadLimitProblems answers like the others). Quarkus' request stream would stop it at the same
     * body limit with a bare 413 and a closed connection, so its limit is moved out of the way (to twice the body
     * limit, still bounded).
     */
    private void relaxStreamLimit(RoutingContext context) {
        if (context.request().getHeader(HttpHeaders.CONTENT_LENGTH) == null
                && context.get(VertxHttpRecorder.MAX_REQUEST_SIZE_KEY) != null) {
            context.put(VertxHttpRecorder.MAX_REQUEST_SIZE_KEY, limits.streamLimit());
        }
        context.next();
    }

    private void check(RoutingContext context) {
        HttpServerRequest request = context.request();
        Optional<ApiException> refusal =
                declaredLength(request).flatMap(length -> limits.checkDeclaredLength(length, isMultipart(request)));
        if (refusal.isEmpty()) {
            context.next();
            return;
        }
        refuse(context, refusal.get());
    }

    private void refuse(RoutingContext context, ApiException problem) {
        HttpServerRequest request = context.request();
        boolean bodyWillCome = !request.headers().contains(HttpHeaders.EXPECT, HttpHeaders.CONTINUE, true);
        if (bodyWillCome) {
            discardBody(request);
        } else {
            // the client waits for 100 Continue and will not send the body: the connection cannot be reused
            context.response().putHeader(HttpHeaders.CONNECTION, HttpHeaders.CLOSE);
            context.response().endHandler(ended -> request.connection().close());
        }
        context.response()
                .setStatusCode(problem.status())
                .putHeader(HttpHeaders.CONTENT_TYPE, HttpProblem.MEDIA_TYPE.toString())
                .end(json(problem.at(request.path())));
    }

    /**
     * Reads and drops the body so that a client which sends it all before reading the answer gets the 413 rather than a
     * reset connection. More than the HTTP body limit is not drained: the connection is closed instead.
     */
    private void discardBody(HttpServerRequest request) {
        AtomicLong drained = new AtomicLong();
        long cap = limits.bodyLimit();
        request.handler(chunk -> {
            if (drained.addAndGet(chunk.length()) > cap) {
                request.connection().close();
            }
        });
        request.resume();
    }

    private String json(HttpProblem problem) {
        try {
            return mapper.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + problem, e);
        }
    }

    private static Optional<Long> declaredLength(HttpServerRequest request) {
        String header = request.getHeader(HttpHeaders.CONTENT_LENGTH);
        if (header == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(Long.parseLong(header.trim()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static boolean isMultipart(HttpServerRequest request) {
        String type = request.getHeader(HttpHeaders.CONTENT_TYPE);
        return type != null && type.toLowerCase(Locale.ROOT).startsWith("multipart/");
    }
}
