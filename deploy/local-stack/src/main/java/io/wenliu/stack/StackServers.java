package io.wenliu.stack;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/** The stack's PostgreSQL, Kafka and OpenSearch: started in parallel on free ports, restarted on them, stopped. */
final class StackServers {

    private static final Duration SERVER_STOP_GRACE = Duration.ofSeconds(10);

    private final StackOptions options;
    private volatile PostgresServer postgres;
    private volatile KafkaBroker kafka;
    private volatile OpenSearchNode openSearch;
    private int kafkaPort;
    private int kafkaSaslPort;
    private int openSearchPort;
    private int postgresPort;

    StackServers(StackOptions options) {
        this.options = options;
    }

    /** Starts the three servers at once; on failure keeps those that started (for {@link #stop}) and rethrows. */
    void start() {
        kafkaPort = FreePorts.preferredOrNext(options.kafkaPort());
        openSearchPort = FreePorts.preferredOrNext(options.openSearchPort());
        postgresPort = FreePorts.preferredOrNext(options.postgresPort());
        CompletableFuture<PostgresServer> pg = CompletableFuture.supplyAsync(() -> {
            PostgresServer server = PostgresServer.start(options.dataDir().resolve("postgres"), postgresPort);
            server.createDatabase("ingest");
            server.createDatabase("analysis");
            return server;
        });
        CompletableFuture<KafkaBroker> broker = CompletableFuture.supplyAsync(this::startKafka);
        CompletableFuture<OpenSearchNode> search = CompletableFuture.supplyAsync(this::startOpenSearch);
        try {
            CompletableFuture.allOf(pg, broker, search)
                    .handle((ok, error) -> null)
                    .join();
            postgres = pg.getNow(null);
            kafka = broker.getNow(null);
            openSearch = search.getNow(null);
            pg.join();
            broker.join();
            search.join();
            // A restart by the supervisor must come back where the services look: on the ports picked now.
            postgresPort = postgres.port();
            kafkaPort = kafka.port();
            kafkaSaslPort = kafka.saslPort();
            openSearchPort = openSearch.port();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime : e;
        } finally {
            postgres = pg.isCompletedExceptionally() ? null : pg.getNow(postgres);
            kafka = broker.isCompletedExceptionally() ? null : broker.getNow(kafka);
            openSearch = search.isCompletedExceptionally() ? null : search.getNow(openSearch);
        }
    }

    private KafkaBroker startKafka() {
        return KafkaBroker.start(options.projectRoot(), options.dataDir().resolve("kafka"), kafkaPort, kafkaSaslPort);
    }

    private OpenSearchNode startOpenSearch() {
        Path dir = options.dataDir().resolve("opensearch");
        return OpenSearchNode.start(options.projectRoot(), dir, dir.resolve("node"), openSearchPort);
    }

    /** Hands each server to {@code supervisor}, which starts one that exits again on its port with its data. */
    void supervise(Supervisor supervisor) {
        supervisor.watch("PostgreSQL", () -> postgres.isAlive(), () -> {
            postgres.crash();
            postgres = PostgresServer.start(options.dataDir().resolve("postgres"), postgresPort);
        });
        supervisor.watch("Kafka", () -> kafka.process().isAlive(), () -> {
            kafka.close();
            kafka = startKafka();
        });
        supervisor.watch("OpenSearch", () -> openSearch.process().isAlive(), () -> {
            openSearch.close();
            openSearch = startOpenSearch();
        });
    }

    PostgresServer postgres() {
        return postgres;
    }

    KafkaBroker kafka() {
        return kafka;
    }

    OpenSearchNode openSearch() {
        return openSearch;
    }

    /** Stops Kafka and OpenSearch together and PostgreSQL alongside them (whichever started). */
    void stop() {
        List<ManagedProcess> servers = new ArrayList<>();
        if (kafka != null) {
            servers.add(kafka.process());
        }
        if (openSearch != null) {
            servers.add(openSearch.process());
        }
        CompletableFuture<Void> pgStop = CompletableFuture.runAsync(() -> {
            if (postgres != null) {
                postgres.close();
            }
        });
        ManagedProcess.stopAll(servers, SERVER_STOP_GRACE);
        pgStop.join();
    }
}
