package io.wenliu.testing;

import io.wenliu.stack.KafkaBroker;
import io.wenliu.stack.OpenSearchNode;
import io.wenliu.stack.PostgresServer;
import io.wenliu.stack.ProcessReaper;
import io.wenliu.stack.ProjectRoot;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.System.Logger.Level;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * The JVM-wide test servers: started lazily once per JVM (an external server, a Testcontainer, or a local process
 * on free ports with a temporary data dir), stopped by a shutdown hook. Reached through {@link JvmWide} so that
 * every Quarkus class loader shares the same instance.
 */
public final class SharedServers {

    private static final System.Logger LOG = System.getLogger(SharedServers.class.getName());

    private static final Object KAFKA_LOCK = new Object();
    private static final Object OPENSEARCH_LOCK = new Object();
    private static final Object POSTGRES_LOCK = new Object();
    private static String kafka;
    private static String openSearch;
    private static PostgresEndpoint postgres;

    private SharedServers() {}

    /** The Kafka bootstrap servers. */
    public static String kafkaBootstrapServers() {
        synchronized (KAFKA_LOCK) {
            if (kafka != null) {
                return kafka;
            }
            kafka = ServerSwitches.value(ServerSwitches.KAFKA)
                    .orElseGet(() -> DockerAvailability.isAvailable()
                            ? Containers.kafka()
                            : KafkaBroker.start(ProjectRoot.find(), temporaryDir("kafka"), 0)
                                    .bootstrapServers());
            LOG.log(Level.INFO, "Tests use Kafka at {0}", kafka);
            return kafka;
        }
    }

    /** The OpenSearch URL. */
    public static String openSearchUrl() {
        synchronized (OPENSEARCH_LOCK) {
            if (openSearch != null) {
                return openSearch;
            }
            openSearch = ServerSwitches.value(ServerSwitches.OPENSEARCH)
                    .orElseGet(() -> DockerAvailability.isAvailable()
                            ? Containers.openSearch()
                            : OpenSearchNode.start(
                                            ProjectRoot.find(),
                                            OpenSearchNode.sharedInstallRoot(),
                                            temporaryDir("opensearch"),
                                            0)
                                    .url());
            LOG.log(Level.INFO, "Tests use OpenSearch at {0}", openSearch);
            return openSearch;
        }
    }

    /** The Quarkus datasource URL, user and password of {@code database}, created if missing. */
    public static String[] postgres(String database) {
        synchronized (POSTGRES_LOCK) {
            if (postgres == null) {
                postgres = ServerSwitches.value(ServerSwitches.POSTGRES)
                        .map(url -> new PostgresEndpoint(
                                url,
                                ServerSwitches.value(ServerSwitches.POSTGRES_USER)
                                        .orElse("postgres"),
                                ServerSwitches.value(ServerSwitches.POSTGRES_PASSWORD)
                                        .orElse("postgres")))
                        .orElseGet(() -> DockerAvailability.isAvailable() ? Containers.postgres() : localPostgres());
                LOG.log(Level.INFO, "Tests use PostgreSQL at {0}", postgres.baseUrl());
            }
            postgres.createDatabase(database);
            return new String[] {postgres.jdbcUrl(database), postgres.user(), postgres.password()};
        }
    }

    private static PostgresEndpoint localPostgres() {
        PostgresServer server =
                PostgresServer.startThrowAway(temporaryDir("postgres").resolve("data"), 0);
        return new PostgresEndpoint(
                "jdbc:postgresql://127.0.0.1:" + server.port() + "/", PostgresServer.USER, PostgresServer.PASSWORD);
    }

    /** A new temporary directory, deleted at JVM exit after the server using it has stopped. */
    private static Path temporaryDir(String name) {
        try {
            Path dir = Files.createTempDirectory("wenliu-test-" + name + "-");
            ProcessReaper.register(() -> deleteRecursively(dir));
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteRecursively(Path dir) throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
