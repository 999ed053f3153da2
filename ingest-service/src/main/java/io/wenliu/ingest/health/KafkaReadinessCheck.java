package io.wenliu.ingest.health;

import io.wenliu.ingest.outbox.KafkaClients;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Readiness: the Kafka cluster answers a describe-cluster call. */
@Readiness
@ApplicationScoped
public class KafkaReadinessCheck implements HealthCheck {

    @Inject
    KafkaClients kafka;

    @Override
    public HealthCheckResponse call() {
        try {
            String clusterId = kafka.admin().describeCluster().clusterId().get(3, TimeUnit.SECONDS);
            return HealthCheckResponse.named("kafka")
                    .up()
                    .withData("clusterId", clusterId)
                    .build();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return HealthCheckResponse.named("kafka").down().build();
        } catch (Exception e) {
            return HealthCheckResponse.named("kafka")
                    .down()
                    .withData("error", e.toString())
                    .build();
        }
    }
}
