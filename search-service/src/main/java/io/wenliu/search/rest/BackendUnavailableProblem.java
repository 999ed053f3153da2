package io.wenliu.search.rest;

import io.quarkiverse.resteasy.problem.ExceptionMapperBase;
import io.quarkiverse.resteasy.problem.HttpProblem;
import io.wenliu.platform.http.Problems;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import org.jboss.logging.Logger;
import org.opensearch.client.opensearch._types.OpenSearchException;

/**
 * OpenSearch unreachable or failing: 503 {@code backend-unavailable}, so callers can tell an unavailable backend
 * from their own mistakes.
 */
public final class BackendUnavailableProblem {
    private static final Logger LOG = Logger.getLogger(BackendUnavailableProblem.class);

    private BackendUnavailableProblem() {}

    static HttpProblem of(String detail) {
        return Problems.of("backend-unavailable", 503, "Search backend unavailable", detail)
                .build();
    }

    /** OpenSearch could not be reached. */
    @Provider
    public static class Unreachable extends ExceptionMapperBase<IOException> {
        @Override
        protected HttpProblem toProblem(IOException e) {
            LOG.warnf("OpenSearch unreachable: %s", e.toString());
            return of("search backend unavailable, try again shortly");
        }
    }

    /** OpenSearch answered with an error. */
    @Provider
    public static class Failed extends ExceptionMapperBase<OpenSearchException> {
        @Override
        protected HttpProblem toProblem(OpenSearchException e) {
            LOG.warnf("OpenSearch error: %s", e.getMessage());
            return of(
                    e.status() == 404
                            ? "search index not ready yet"
                            : "search backend error: " + e.error().type());
        }
    }
}
