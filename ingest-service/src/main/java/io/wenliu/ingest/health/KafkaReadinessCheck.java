package io.wenliu.ingest.health;

import io.wenliu.ingest.metrics.IngestMetrics;
import io.wenliu.ingest.outbox.KafkaClients;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Readiness detail for Kafka: whether the cluster answers a describe-cluster call. It never makes the service unready:
 * while Kafka is down ingest still accepts drops and uploads, and their events wait in the outbox until it returns
 * ({@code wenliu_ingest_outbox_backlog} counts them), so the check stays UP, says {@code reachable: false} and how
 * many events wait ({@code outboxBacklog}, and {@code outboxOldestSeconds}).
 */
@Readiness
@ApplicationScoped
public class KafkaReadinessCheck implements HealthCheck {

    @Inject
    KafkaClients kafka;

    @Inject
    IngestMetrics metrics;

    @Override
    public HealthCheckResponse call() {
        try {
            String clusterId = kafka.admin().describeCluster().clusterId().get(3, TimeUnit.SECONDS);
            return withBacklog(HealthCheckResponse.named("kafka")
                            .up()
                            .withData("reachable", true)
                            .withData("clusterId", clusterId))
                    .build();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return unreachable(e);
        } catch (Exception e) {
            return unreachable(e);
        }
    }

    private HealthCheckResponse unreachable(Exception e) {
        return withBacklog(HealthCheckResponse.named("kafka")
                        .up()
                        .withData("reachable", false)
                        .withData("error", e.toString())
                        .withData("effect", "events wait in the outbox until Kafka is back"))
                .build();
    }

    /** The outbox rows waiting to be published and the age of the oldest, in seconds. */
    private HealthCheckResponseBuilder withBacklog(HealthCheckResponseBuilder response) {
        IngestMetrics.OutboxBacklog backlog = metrics.outboxBacklog();
        return response.withData("outboxBacklog", backlog.events())
                .withData("outboxOldestSeconds", backlog.oldestSeconds());
    }
}
