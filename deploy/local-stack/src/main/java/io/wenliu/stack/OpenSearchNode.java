package io.wenliu.stack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.System.Logger.Level;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * An OpenSearch node (security off, {@code cjk} analyzer available) in its own JVM, never as root: a single-node
 * cluster, or one node of an {@link OpenSearchCluster}.
 */
public final class OpenSearchNode implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(OpenSearchNode.class.getName());
    private static final Duration STARTUP_TIMEOUT = Duration.ofMinutes(3);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final ManagedProcess process;
    private final int port;
    private final String version;

    private OpenSearchNode(ManagedProcess process, int port, String version) {
        this.process = process;
        this.port = port;
        this.version = version;
    }

    /**
     * Starts a node on 127.0.0.1:{@code port} (0 = free port) with data, logs and config under {@code nodeDir};
     * the distribution is unpacked once into {@code installRoot}.
     */
    public static OpenSearchNode start(Path projectRoot, Path installRoot, Path nodeDir, int port) {
        long started = System.nanoTime();
        OpenSearchNode node = launch(
                projectRoot,
                installRoot,
                nodeDir,
                port == 0 ? FreePorts.pick() : port,
                List.of(
                        "-Enode.name=wenliu-node",
                        "-Ediscovery.type=single-node",
                        "-Etransport.port=" + FreePorts.pick()));
        node.awaitReady(1);
        LOG.log(
                Level.INFO,
                "OpenSearch {0} ready on {1} in {2} ms (logs {3})",
                node.version,
                node.url(),
                String.valueOf(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started)),
                nodeDir.resolve("logs"));
        return node;
    }

    /**
     * Starts a node of cluster "wenliu" on {@code httpPort} with {@code clusterArgs} (its name, discovery, roles,
     * transport port) and returns without waiting: the nodes of a cluster must all run before it forms.
     */
    static OpenSearchNode launch(
            Path projectRoot, Path installRoot, Path nodeDir, int httpPort, List<String> clusterArgs) {
        OpenSearchDistribution distribution = OpenSearchDistribution.select(projectRoot);
        Path home = distribution.install(installRoot);
        Path config = prepareConfig(home, nodeDir);
        List<String> command = new ArrayList<>(RootlessCommand.prefix());
        command.add(home.resolve("bin/opensearch").toString());
        command.add("-Ecluster.name=wenliu");
        command.addAll(clusterArgs);
        command.addAll(List.of(
                "-Enetwork.host=127.0.0.1",
                "-Ehttp.port=" + httpPort,
                "-Epath.data=" + nodeDir.resolve("data"),
                "-Epath.logs=" + nodeDir.resolve("logs"),
                "-Ecluster.routing.allocation.disk.threshold_enabled=false",
                "-Eaction.destructive_requires_name=false"));
        Map<String, String> env = new LinkedHashMap<>();
        env.put("OPENSEARCH_JAVA_HOME", distribution.jdk().home().toString());
        env.put("OPENSEARCH_PATH_CONF", config.toString());
        env.put("OPENSEARCH_TMPDIR", nodeDir.resolve("tmp").toString());
        env.put("OPENSEARCH_JAVA_OPTS", "-Xms512m -Xmx512m");
        env.put("JAVA_TOOL_OPTIONS", "");
        ManagedProcess process =
                ManagedProcess.start("opensearch", command, env, home, nodeDir.resolve("logs/opensearch.out"));
        return new OpenSearchNode(process, httpPort, distribution.version());
    }

    /** Waits until the cluster has {@code nodes} nodes and is yellow, and checks the cjk analyzer; closes on failure. */
    void awaitReady(int nodes) {
        try {
            awaitYellow(nodes);
            verifyCjkAnalyzer();
        } catch (RuntimeException e) {
            close();
            throw e;
        }
    }

    /** An install directory shared by all test JVMs of this user (the distribution is unpacked once). */
    public static Path sharedInstallRoot() {
        return Path.of(System.getProperty("java.io.tmpdir"), "wenliu-opensearch-install");
    }

    /** Copies the distribution's config for this node, with a 512 MB heap and GC logs in the node's log dir. */
    private static Path prepareConfig(Path home, Path nodeDir) {
        Path config = nodeDir.resolve("config");
        try {
            for (String dir : List.of("data", "logs", "tmp", "config")) {
                Files.createDirectories(nodeDir.resolve(dir));
            }
            try (Stream<Path> files = Files.walk(home.resolve("config"))) {
                for (Path source : files.toList()) {
                    Path target = config.resolve(
                            home.resolve("config").relativize(source).toString());
                    if (Files.isDirectory(source)) {
                        Files.createDirectories(target);
                    } else if (!Files.exists(target)) {
                        Files.copy(source, target);
                    }
                }
            }
            Path jvmOptions = config.resolve("jvm.options");
            List<String> lines = Files.readAllLines(jvmOptions).stream()
                    .filter(line -> !line.startsWith("-Xms") && !line.startsWith("-Xmx"))
                    .map(line -> line.replace("file=logs/", "file=" + nodeDir.resolve("logs") + "/")
                            .replace("ErrorFile=logs/", "ErrorFile=" + nodeDir.resolve("logs") + "/")
                            .replace("HeapDumpPath=data", "HeapDumpPath=" + nodeDir.resolve("logs")))
                    .toList();
            Files.write(jvmOptions, lines);
            return config;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not prepare OpenSearch config in " + config, e);
        }
    }

    private void awaitYellow(int nodes) {
        Poll.until(
                STARTUP_TIMEOUT,
                process::requireAlive,
                () -> {
                    Http.Response response = Http.get(
                            url() + "/_cluster/health?wait_for_status=yellow&wait_for_nodes=" + nodes + "&timeout=2s");
                    String status =
                            JSON.readTree(response.body()).path("status").asText();
                    return response.status() == 200 && ("yellow".equals(status) || "green".equals(status));
                },
                () -> "OpenSearch did not reach yellow on " + url() + "; see " + process.logFile());
    }

    private void verifyCjkAnalyzer() {
        try {
            Http.Response response = Http.postJson(url() + "/_analyze", "{\"analyzer\":\"cjk\",\"text\":\"疫情防控\"}");
            JsonNode tokens = JSON.readTree(response.body()).path("tokens");
            if (response.status() != 200 || !tokens.toString().contains("疫情")) {
                throw new IllegalStateException("OpenSearch at " + url() + " has no working cjk analyzer"
                        + " (analysis-common module missing?): " + response.body());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** {@code http://127.0.0.1:<port>}. */
    public String url() {
        return "http://127.0.0.1:" + port;
    }

    /** The distribution version running (3.3.0 or 2.19.3). */
    public String version() {
        return version;
    }

    /** The port it listens on (the one picked when started with port 0). */
    public int port() {
        return port;
    }

    /** The node process, for stopping it together with others. */
    ManagedProcess process() {
        return process;
    }

    @Override
    public void close() {
        process.close();
    }
}
