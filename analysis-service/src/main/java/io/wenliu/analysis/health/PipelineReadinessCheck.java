package io.wenliu.analysis.health;

import io.wenliu.analysis.messaging.RetryUntilDone;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Readiness is DOWN while a batch waits to be tried again after a transient failure (database or broker down). */
@Readiness
@ApplicationScoped
public class PipelineReadinessCheck implements HealthCheck {
    @Inject
    RetryUntilDone retry;

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("enrichment-pipeline")
                .status(!retry.failing())
                .build();
    }
}
