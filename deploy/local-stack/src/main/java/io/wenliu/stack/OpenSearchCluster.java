package io.wenliu.stack;

import java.lang.System.Logger.Level;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * Several OpenSearch nodes on 127.0.0.1 forming one cluster: the first is the cluster manager and holds data, the
 * others hold data only, so any of them can be lost while the cluster goes on. For the multi-node tests.
 */
public final class OpenSearchCluster implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(OpenSearchCluster.class.getName());

    private final List<OpenSearchNode> nodes;

    private OpenSearchCluster(List<OpenSearchNode> nodes) {
        this.nodes = nodes;
    }

    /** Starts {@code count} nodes with their data under {@code dir}/node-N and waits until the cluster is yellow. */
    public static OpenSearchCluster start(Path projectRoot, Path installRoot, Path dir, int count) {
        long started = System.nanoTime();
        int managerTransport = FreePorts.pick();
        List<OpenSearchNode> nodes = new ArrayList<>();
        OpenSearchCluster cluster = new OpenSearchCluster(nodes);
        try {
            for (int i = 1; i <= count; i++) {
                List<String> args = List.of(
                        "-Enode.name=node-" + i,
                        "-Enode.roles=" + (i == 1 ? "cluster_manager,data,ingest" : "data,ingest"),
                        "-Etransport.port=" + (i == 1 ? managerTransport : FreePorts.pick()),
                        "-Ediscovery.seed_hosts=127.0.0.1:" + managerTransport,
                        "-Ecluster.initial_cluster_manager_nodes=node-1");
                nodes.add(OpenSearchNode.launch(
                        projectRoot, installRoot, dir.resolve("node-" + i), FreePorts.pick(), args));
            }
            nodes.get(0).awaitReady(count);
        } catch (RuntimeException e) {
            cluster.close();
            throw e;
        }
        LOG.log(
                Level.INFO,
                "OpenSearch cluster of {0} ready on {1} in {2} ms",
                count,
                cluster.urls(),
                String.valueOf(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started)));
        return cluster;
    }

    /** Every node's URL, comma-separated (as {@code OPENSEARCH_URL} takes them). */
    public String urls() {
        return nodes.stream().map(OpenSearchNode::url).collect(Collectors.joining(","));
    }

    /** Kills node {@code index} (from 0) with SIGKILL, as a lost machine would. */
    public void kill(int index) {
        nodes.get(index).process().kill();
    }

    @Override
    public void close() {
        ManagedProcess.stopAll(nodes.stream().map(OpenSearchNode::process).toList(), Duration.ofSeconds(15));
    }
}
