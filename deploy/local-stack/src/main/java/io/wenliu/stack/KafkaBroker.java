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

/** A single-node Kafka 4.1 KRaft broker (combined broker and controller) in its own JVM. */
public final class KafkaBroker implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(KafkaBroker.class.getName());
    private static final Duration STARTUP_TIMEOUT = Duration.ofMinutes(2);

    private final ManagedProcess process;
    private final int port;

    private KafkaBroker(ManagedProcess process, int port) {
        this.process = process;
        this.port = port;
    }

    /**
     * Starts a broker on 127.0.0.1:{@code port} (0 = free port) keeping its data in {@code dataDir}; formats the
     * storage only on first use, so a restart reuses the topics.
     */
    public static KafkaBroker start(Path projectRoot, Path dataDir, int port) {
        long started = System.nanoTime();
        String classpath = KafkaClasspath.read(projectRoot);
        int brokerPort = port == 0 ? FreePorts.pick() : port;
        int controllerPort = FreePorts.pick();
        Path logDir = dataDir.resolve("log-segments");
        Path config = KafkaServerProperties.write(dataDir, logDir, brokerPort, controllerPort);
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
                            Uuid.randomUuid().toString(),
                            "-c",
                            config.toString()),
                    Map.of(),
                    dataDir,
                    logFile);
        }
        ManagedProcess process = ManagedProcess.start(
                "kafka",
                javaCommand(classpath, logConfig, "kafka.Kafka", config.toString()),
                Map.of(),
                dataDir,
                logFile);
        KafkaBroker broker = new KafkaBroker(process, brokerPort);
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
                logFile);
        return broker;
    }

    private static List<String> javaCommand(String classpath, Path logConfig, String mainClass, String... args) {
        List<String> command = new ArrayList<>(List.of(
                JavaRuntimes.current().java().toString(),
                "-Xms128m",
                "-Xmx512m",
                "-XX:+UseG1GC",
                "-Djava.awt.headless=true",
                "-Dlog4j2.configurationFile=" + logConfig.toUri(),
                "-cp",
                classpath,
                mainClass));
        command.addAll(List.of(args));
        return command;
    }

    /** Polls the broker with an admin client loaded from this class' loader (not the caller's context loader). */
    private void awaitReady() {
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

    /** The broker's log file. */
    public Path logFile() {
        return process.logFile();
    }

    /** The broker process, for stopping it together with others. */
    /** The port it listens on (the one picked when started with port 0). */
    public int port() {
        return port;
    }

    ManagedProcess process() {
        return process;
    }

    @Override
    public void close() {
        process.close();
    }
}
