package io.wenliu.search.health;

import io.wenliu.search.indexing.KafkaClientFactory;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Readiness detail for Kafka: whether the cluster answers a describe-cluster call. It never makes the service unready:
 * queries need OpenSearch only, so while Kafka is down search keeps answering them (indexing waits, its offsets
 * uncommitted); the check stays UP and says {@code reachable: false}.
 */
@Readiness
@Singleton
public class KafkaReachability implements HealthCheck {

    private static final Duration TIMEOUT = Duration.ofSeconds(2);

    private final KafkaClientFactory clients;
    private Admin admin;

    public KafkaReachability(KafkaClientFactory clients) {
        this.clients = clients;
    }

    @Override
    public HealthCheckResponse call() {
        try {
            String clusterId = admin().describeCluster().clusterId().get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            return HealthCheckResponse.named("kafka")
                    .up()
                    .withData("reachable", true)
                    .withData("clusterId", clusterId)
                    .build();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return unreachable(e);
        } catch (Exception e) {
            return unreachable(e);
        }
    }

    private static HealthCheckResponse unreachable(Exception e) {
        return HealthCheckResponse.named("kafka")
                .up()
                .withData("reachable", false)
                .withData("error", e.toString())
                .withData("effect", "queries are answered; indexing waits for Kafka")
                .build();
    }

    private synchronized Admin admin() {
        if (admin == null) {
            admin = clients.admin();
        }
        return admin;
    }

    @PreDestroy
    synchronized void close() {
        if (admin != null) {
            admin.close(Duration.ofSeconds(1));
        }
    }
}
