package io.wenliu.testing;

import java.time.Duration;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.wait.strategy.Wait;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.postgresql.PostgreSQLContainer;

/** Starts the servers as Testcontainers (used only when a Docker engine is reachable). */
final class Containers {

    private Containers() {}

    /** Kafka 4.1.1 (KRaft); returns the bootstrap servers. */
    static String kafka() {
        KafkaContainer kafka = new KafkaContainer("apache/kafka:4.1.1");
        kafka.start();
        return kafka.getBootstrapServers();
    }

    /** OpenSearch 3.3.0 with security off; returns its URL. */
    static String openSearch() {
        GenericContainer<?> node = new GenericContainer<>("opensearchproject/opensearch:3.3.0")
                .withEnv("discovery.type", "single-node")
                .withEnv("DISABLE_SECURITY_PLUGIN", "true")
                .withEnv("DISABLE_INSTALL_DEMO_CONFIG", "true")
                .withEnv("OPENSEARCH_JAVA_OPTS", "-Xms512m -Xmx512m")
                .withExposedPorts(9200)
                .waitingFor(Wait.forHttp("/_cluster/health?wait_for_status=yellow")
                        .forStatusCode(200)
                        .withStartupTimeout(Duration.ofMinutes(3)));
        node.start();
        return "http://" + node.getHost() + ":" + node.getMappedPort(9200);
    }

    /** PostgreSQL 16; returns the server as a JDBC base URL with credentials. */
    static PostgresEndpoint postgres() {
        PostgreSQLContainer postgres = new PostgreSQLContainer("postgres:16-alpine");
        postgres.start();
        return new PostgresEndpoint(
                "jdbc:postgresql://" + postgres.getHost() + ":" + postgres.getMappedPort(5432) + "/",
                postgres.getUsername(),
                postgres.getPassword());
    }
}
