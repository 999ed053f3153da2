package io.wenliu.ingest.rest;

import io.quarkiverse.resteasy.problem.ExceptionMapperBase;
import io.quarkiverse.resteasy.problem.HttpProblem;
import io.quarkiverse.resteasy.problem.postprocessing.ProblemContext;
import io.quarkiverse.resteasy.problem.postprocessing.ProblemPostProcessor;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.OptionalLong;

/**
 * Gives the multipart parser's own 413 (a chunked upload cut off at {@code quarkus.http.limits.max-body-size}) the
 * same problem as every other too-large upload: {@code payload-too-large}, saying the limit.
 */
@ApplicationScoped
public class UploadLimitProblems implements ProblemPostProcessor {

    @Inject
    UploadLimits limits;

    void register(@Observes StartupEvent started) {
        ExceptionMapperBase.postProcessorsRegistry.register(this);
    }

    @Override
    public HttpProblem apply(HttpProblem problem, ProblemContext context) {
        if (problem.getStatusCode() != 413 || context.cause instanceof ApiException) {
            return problem;
        }
        return HttpProblem.builder(limits.tooLarge(OptionalLong.empty()))
                .withInstance(problem.getInstance())
                .build();
    }
}
