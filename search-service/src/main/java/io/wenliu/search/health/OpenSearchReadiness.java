package io.wenliu.search.health;

import io.wenliu.search.index.IndexManager;
import io.wenliu.search.index.WriteTargets;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;
import org.opensearch.client.opensearch.OpenSearchClient;

/** Ready when OpenSearch answers and the alias points at an index. */
@Readiness
@Singleton
public class OpenSearchReadiness implements HealthCheck {

    private final OpenSearchClient client;
    private final IndexManager indices;
    private final WriteTargets targets;

    public OpenSearchReadiness(OpenSearchClient client, IndexManager indices, WriteTargets targets) {
        this.client = client;
        this.indices = indices;
        this.targets = targets;
    }

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("OpenSearch");
        try {
            boolean up = client.ping().value();
            response.withData("ping", up).withData("writeIndices", String.join(",", targets.indices()));
            return response.status(
                            up && targets.ready() && indices.currentIndex().isPresent())
                    .build();
        } catch (Exception e) {
            return response.down().withData("error", e.toString()).build();
        }
    }
}
