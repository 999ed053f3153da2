package io.wenliu.search.health;

import io.wenliu.search.indexing.LiveIndexPreparation;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready once the live index exists behind the alias and the produced topics exist. */
@Readiness
@Singleton
public class IndexerReadiness implements HealthCheck {

    private final LiveIndexPreparation preparation;

    public IndexerReadiness(LiveIndexPreparation preparation) {
        this.preparation = preparation;
    }

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("live index")
                .status(preparation.ready())
                .build();
    }
}
