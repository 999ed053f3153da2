package io.wenliu.stack;

import java.lang.System.Logger.Level;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.Uuid;

/**
 * A single-node Kafka 4.1 KRaft broker (combined broker and controller) in its own JVM. Clients connect without
 * authentication on {@link #bootstrapServers()}, or with SASL PLAIN on {@link #saslBootstrapServers()} (the password
 * is made once per data dir and kept in {@code sasl-password}), as a secured cluster would ask.
 */
public final class KafkaBroker implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(KafkaBroker.class.getName());
    private static final Duration STARTUP_TIMEOUT = Duration.ofMinutes(2);

    private final ManagedProcess process;
    private final int port;
    private final int saslPort;
    private final String saslPassword;

    private KafkaBroker(ManagedProcess process, int port, int saslPort, String saslPassword) {
        this.process = process;
        this.port = port;
        this.saslPort = saslPort;
        this.saslPassword = saslPassword;
    }

    /**
     * Starts a broker on 127.0.0.1:{@code port} (0 = free port) keeping its data in {@code dataDir}; formats the
     * storage only on first use, so a restart reuses the topics.
     */
    public static KafkaBroker start(Path projectRoot, Path dataDir, int port) {
        return start(projectRoot, dataDir, port, 0);
    }

    /** As {@link #start(Path, Path, int)}, with the SASL listener on {@code saslPort} (0 = a free port). */
    public static KafkaBroker start(Path projectRoot, Path dataDir, int port, int saslPort) {
        long started = System.nanoTime();
        KafkaServerProperties.Node node = KafkaServerProperties.Node.single(
                port == 0 ? FreePorts.pick() : port, saslPort == 0 ? FreePorts.pick() : saslPort, FreePorts.pick());
        KafkaBroker broker =
                launch(projectRoot, dataDir, node, Uuid.randomUuid().toString());
        try {
            broker.awaitReady();
        } catch (RuntimeException e) {
            broker.close();
            throw e;
        }
        LOG.log(
                Level.INFO,
                "Kafka ready on {0} in {1} ms (log {2})",
                broker.bootstrapServers(),
                String.valueOf(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started)),
                broker.logFile());
        return broker;
    }

    /**
     * Starts {@code node} keeping its data in {@code dataDir} (formatted with {@code clusterId} on first use only) and
     * returns without waiting: the nodes of a cluster must all run before any is ready.
     */
    static KafkaBroker launch(Path projectRoot, Path dataDir, KafkaServerProperties.Node node, String clusterId) {
        String classpath = KafkaClasspath.read(projectRoot);
        Path logDir = dataDir.resolve("log-segments");
        String password = ApiKeyFile.loadOrCreate(dataDir, ApiKeyFile.KAFKA_SASL_PASSWORD);
        Path config = KafkaServerProperties.write(dataDir, logDir, node, password);
        Path logConfig = KafkaServerProperties.writeLogConfig(dataDir);
        Path logFile = dataDir.resolve("kafka.log");
        if (!Files.exists(logDir.resolve("meta.properties"))) {
            ManagedProcess.run(
                    "kafka-storage-format",
                    javaCommand(
                            classpath,
                            logConfig,
                            "kafka.tools.StorageTool",
                            "format",
                            "--ignore-formatted",
                            "-t",
                            clusterId,
                            "-c",
                            config.toString()),
                    Map.of(),
                    dataDir,
                    logFile);
        }
        ManagedProcess process = ManagedProcess.start(
                node.clusterSize() == 1 ? "kafka" : "kafka-" + node.id(),
                javaCommand(classpath, logConfig, "kafka.Kafka", config.toString()),
                Map.of(),
                dataDir,
                logFile);
        return new KafkaBroker(process, node.port(), node.saslPort(), password);
    }

    private static List<String> javaCommand(String classpath, Path logConfig, String mainClass, String... args) {
        List<String> command = new ArrayList<>(List.of(
                JavaRuntimes.current().java().toString(),
                "-Xms128m",
                "-Xmx512m",
                "-XX:+UseG1GC",
                // C1 only: on two shared cores C2 spent more CPU compiling the broker than it saved (deploy/README.md)
                "-XX:TieredStopAtLevel=1",
                "-Djava.awt.headless=true",
                "-Dlog4j2.configurationFile=" + logConfig.toUri(),
                "-cp",
                classpath,
                mainClass));
        command.addAll(List.of(args));
        return command;
    }

    /** Polls the broker with an admin client loaded from this class' loader (not the caller's context loader). */
    void awaitReady() {
        Map<String, Object> config = Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers(),
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 3000,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 3000);
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(KafkaBroker.class.getClassLoader());
        try (Admin admin = Admin.create(config)) {
            Poll.until(
                    STARTUP_TIMEOUT,
                    process::requireAlive,
                    () -> !admin.describeCluster()
                                    .nodes()
                                    .get(3, TimeUnit.SECONDS)
                                    .isEmpty()
                            && admin.describeCluster().controller().get(3, TimeUnit.SECONDS) != null,
                    () -> "Kafka did not become ready on " + bootstrapServers() + "; see " + process.logFile());
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    /** {@code 127.0.0.1:<port>}. */
    public String bootstrapServers() {
        return "127.0.0.1:" + port;
    }

    /** {@code 127.0.0.1:<sasl port>}: the listener that asks for SASL PLAIN. */
    public String saslBootstrapServers() {
        return "127.0.0.1:" + saslPort;
    }

    /** The port of the SASL listener. */
    public int saslPort() {
        return saslPort;
    }

    /** The client settings that log in on the SASL listener, as Kafka names them (prefix {@code kafka.} in Quarkus). */
    public Map<String, String> saslClientSettings() {
        return saslClientSettings(saslPassword);
    }

    /** The same settings with another password (which the broker refuses unless it is the right one). */
    public static Map<String, String> saslClientSettings(String password) {
        return Map.of(
                "security.protocol",
                "SASL_PLAINTEXT",
                "sasl.mechanism",
                "PLAIN",
                "sasl.jaas.config",
                "org.apache.kafka.common.security.plain.PlainLoginModule required username=\""
                        + KafkaServerProperties.SASL_USER + "\" password=\"" + password + "\";");
    }

    /** The broker's log file. */
    public Path logFile() {
        return process.logFile();
    }

    /** The port it listens on (the one picked when started with port 0). */
    public int port() {
        return port;
    }

    /** The broker process, for stopping it together with others. */
    ManagedProcess process() {
        return process;
    }

    @Override
    public void close() {
        process.close();
    }
}
