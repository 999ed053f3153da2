package io.wenliu.stack;

import java.lang.System.Logger.Level;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.kafka.common.Uuid;

/**
 * Several Kafka KRaft nodes, each broker and controller, in their own JVMs on 127.0.0.1: a cluster that keeps going
 * when one node is lost (internal topics replicated {@code min(3, nodes)} times). For the multi-node tests.
 */
public final class KafkaCluster implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(KafkaCluster.class.getName());

    private final List<KafkaBroker> nodes;

    private KafkaCluster(List<KafkaBroker> nodes) {
        this.nodes = nodes;
    }

    /** Starts {@code count} nodes with their data under {@code dataDir}/node-N and waits until all are ready. */
    public static KafkaCluster start(Path projectRoot, Path dataDir, int count) {
        long started = System.nanoTime();
        List<int[]> ports = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            ports.add(new int[] {FreePorts.pick(), FreePorts.pick(), FreePorts.pick()});
        }
        String voters = IntStream.range(0, count)
                .mapToObj(i -> (i + 1) + "@127.0.0.1:" + ports.get(i)[2])
                .collect(Collectors.joining(","));
        String clusterId = Uuid.randomUuid().toString();
        List<KafkaBroker> nodes = new ArrayList<>();
        KafkaCluster cluster = new KafkaCluster(nodes);
        try {
            for (int i = 0; i < count; i++) {
                KafkaServerProperties.Node node = new KafkaServerProperties.Node(
                        i + 1, ports.get(i)[0], ports.get(i)[1], ports.get(i)[2], voters, count);
                nodes.add(KafkaBroker.launch(projectRoot, dataDir.resolve("node-" + (i + 1)), node, clusterId));
            }
            nodes.forEach(KafkaBroker::awaitReady);
        } catch (RuntimeException e) {
            cluster.close();
            throw e;
        }
        LOG.log(
                Level.INFO,
                "Kafka cluster of {0} ready on {1} in {2} ms",
                count,
                cluster.bootstrapServers(),
                String.valueOf(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started)));
        return cluster;
    }

    /** Every node's plain listener, comma-separated. */
    public String bootstrapServers() {
        return nodes.stream().map(KafkaBroker::bootstrapServers).collect(Collectors.joining(","));
    }

    /** Kills node {@code index} (from 0) with SIGKILL, as a lost machine would. */
    public void kill(int index) {
        nodes.get(index).process().kill();
    }

    @Override
    public void close() {
        ManagedProcess.stopAll(nodes.stream().map(KafkaBroker::process).toList(), Duration.ofSeconds(15));
    }
}
