package io.wenliu.testing;

import java.util.Optional;

/**
 * The switches that point tests at already-running servers: a system property, else the environment variable.
 */
public final class ServerSwitches {

    /** Kafka bootstrap servers, e.g. {@code 127.0.0.1:9092}. */
    public static final String KAFKA = "wenliu.test.kafka";

    /** OpenSearch URL, e.g. {@code http://127.0.0.1:9200}. */
    public static final String OPENSEARCH = "wenliu.test.opensearch";

    /** PostgreSQL JDBC base URL without a database, e.g. {@code jdbc:postgresql://127.0.0.1:5432/}. */
    public static final String POSTGRES = "wenliu.test.postgres";

    /** PostgreSQL user for {@link #POSTGRES} (default {@code postgres}). */
    public static final String POSTGRES_USER = "wenliu.test.postgres.user";

    /** PostgreSQL password for {@link #POSTGRES} (default {@code postgres}). */
    public static final String POSTGRES_PASSWORD = "wenliu.test.postgres.password";

    /** Set to {@code false} to never use Testcontainers even when Docker is reachable. */
    public static final String DOCKER = "wenliu.test.docker";

    private ServerSwitches() {}

    /** The value of {@code property}, else of its environment variable ({@code wenliu.test.kafka} → {@code WENLIU_TEST_KAFKA}). */
    public static Optional<String> value(String property) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            value = System.getenv(property.toUpperCase(java.util.Locale.ROOT).replace('.', '_'));
        }
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.trim());
    }
}
