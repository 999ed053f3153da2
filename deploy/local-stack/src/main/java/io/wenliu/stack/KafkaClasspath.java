package io.wenliu.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads the Kafka broker classpath written by the deploy/kafka-runtime module. */
public final class KafkaClasspath {

    private KafkaClasspath() {}

    /** The classpath string, or a failure saying which Maven command writes it. */
    public static String read(Path projectRoot) {
        Path file = projectRoot.resolve("deploy/kafka-runtime/target/kafka.classpath");
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
