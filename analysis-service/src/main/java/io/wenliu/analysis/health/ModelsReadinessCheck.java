package io.wenliu.analysis.health;

import io.wenliu.analysis.pipeline.AnalyzerHolder;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Readiness stays DOWN until the NLP dictionaries and models are loaded. */
@Readiness
@ApplicationScoped
public class ModelsReadinessCheck implements HealthCheck {
    @Inject
    AnalyzerHolder analyzer;

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("nlp-models")
                .status(analyzer.isLoaded())
                .build();
    }
}
