package io.wenliu.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** Reads the Kafka broker classpath written by the deploy/kafka-runtime module. */
public final class KafkaClasspath {

    private KafkaClasspath() {}

    /** Runs {@code generate-resources} of deploy/kafka-runtime with the Maven wrapper (or mvn); best effort. */
    private static void generate(Path projectRoot) {
        Path wrapper = projectRoot.resolve("mvnw");
        String maven = Files.isExecutable(wrapper) ? wrapper.toString() : "mvn";
        try {
            ManagedProcess.run(
                    "kafka-runtime classpath",
                    List.of(maven, "-B", "-q", "-f", "deploy/kafka-runtime/pom.xml", "generate-resources"),
                    Map.of(),
                    projectRoot,
                    Files.createTempFile("wenliu-kafka-runtime-", ".log"));
        } catch (IOException | RuntimeException e) {
            // reported below as the missing file, with the command to run
        }
    }

    /** The classpath string (generated with Maven if missing), or a failure saying which command writes it. */
    public static String read(Path projectRoot) {
        Path file = projectRoot.resolve("deploy/kafka-runtime/target/kafka.classpath");
        if (!Files.isRegularFile(file)) {
            generate(projectRoot);
        }
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException("Kafka classpath file " + file + " is missing: run"
                    + " `./mvnw -pl deploy/kafka-runtime generate-resources` in " + projectRoot);
        }
        try {
            return Files.readString(file).trim();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
