package io.wenliu.search.health;

import io.wenliu.search.config.SearchConfig;
import io.wenliu.search.messaging.IndexingLoop;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready when the live indexer is consuming articles.enriched (or is switched off). */
@Readiness
@Singleton
public class IndexerReadiness implements HealthCheck {

    private final IndexingLoop loop;
    private final SearchConfig config;

    public IndexerReadiness(IndexingLoop loop, SearchConfig config) {
        this.loop = loop;
        this.config = config;
    }

    @Override
    public HealthCheckResponse call() {
        boolean enabled = config.consumerEnabled();
        return HealthCheckResponse.named("Kafka indexer")
                .status(!enabled || loop.consuming())
                .withData("enabled", enabled)
                .build();
    }
}
