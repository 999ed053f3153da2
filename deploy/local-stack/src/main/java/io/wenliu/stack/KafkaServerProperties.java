package io.wenliu.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes server.properties for a KRaft node (combined broker and controller) with two client listeners:
 * PLAINTEXT, and SASL_PLAINTEXT with the PLAIN mechanism and one user, {@value #SASL_USER}.
 */
final class KafkaServerProperties {

    static final String SASL_USER = "wenliu";

    private KafkaServerProperties() {}

    /** One node's place in its cluster: its id, its ports, every controller ({@code id@host:port,...}). */
    record Node(int id, int port, int saslPort, int controllerPort, String voters, int clusterSize) {

        /** The single node of a one-broker cluster. */
        static Node single(int port, int saslPort, int controllerPort) {
            return new Node(1, port, saslPort, controllerPort, "1@127.0.0.1:" + controllerPort, 1);
        }
    }

    /** Writes the broker configuration into {@code dir} and returns the file. */
    static Path write(Path dir, Path logDir, Node node, String saslPassword) {
        int port = node.port();
        int saslPort = node.saslPort();
        int controllerPort = node.controllerPort();
        int replication = Math.min(3, node.clusterSize());
        int minInsync = Math.max(1, Math.min(2, replication - 1));
        String properties = String.join(
                "\n",
                "process.roles=broker,controller",
                "node.id=" + node.id(),
                "controller.quorum.voters=" + node.voters(),
                "listeners=PLAINTEXT://127.0.0.1:" + port + ",SASL_PLAINTEXT://127.0.0.1:" + saslPort
                        + ",CONTROLLER://127.0.0.1:" + controllerPort,
                "advertised.listeners=PLAINTEXT://127.0.0.1:" + port + ",SASL_PLAINTEXT://127.0.0.1:" + saslPort,
                "inter.broker.listener.name=PLAINTEXT",
                "controller.listener.names=CONTROLLER",
                "listener.security.protocol.map=CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT,SASL_PLAINTEXT:SASL_PLAINTEXT",
                "sasl.enabled.mechanisms=PLAIN",
                "listener.name.sasl_plaintext.plain.sasl.jaas.config="
                        + "org.apache.kafka.common.security.plain.PlainLoginModule required user_" + SASL_USER
                        + "=\"" + saslPassword + "\";",
                "log.dirs=" + logDir.toAbsolutePath(),
                "num.partitions=1",
                "auto.create.topics.enable=true",
                "offsets.topic.replication.factor=" + replication,
                "offsets.topic.num.partitions=5",
                "transaction.state.log.replication.factor=" + replication,
                "transaction.state.log.min.isr=" + minInsync,
                "transaction.state.log.num.partitions=5",
                "share.coordinator.state.topic.replication.factor=" + replication,
                "share.coordinator.state.topic.min.isr=" + minInsync,
                "default.replication.factor=" + replication,
                "min.insync.replicas=" + minInsync,
                "group.initial.rebalance.delay.ms=0",
                "log.retention.hours=-1",
                "log.retention.bytes=-1",
                "");
        Path file = dir.resolve("server.properties");
        try {
            Files.createDirectories(dir);
            Files.writeString(file, properties);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes a log4j2 configuration that logs INFO to stdout (redirected to the broker's log file). */
    static Path writeLogConfig(Path dir) {
        String config = String.join(
                "\n",
                "status = warn",
                "appender.out.type = Console",
                "appender.out.name = OUT",
                "appender.out.layout.type = PatternLayout",
                "appender.out.layout.pattern = [%d] %p %m (%c)%n",
                "rootLogger.level = INFO",
                "rootLogger.appenderRef.out.ref = OUT",
                "logger.state.name = state.change.logger",
                "logger.state.level = WARN",
                "");
        Path file = dir.resolve("log4j2.properties");
        try {
            Files.writeString(file, config);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
