package io.wenliu.stack;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

/**
 * Where the local stack keeps its data, which ports it uses (0 = any free port; a taken fixed port moves to the next
 * free one) and how many instances of analysis-service and search-service it runs.
 */
public record StackOptions(
        Path projectRoot,
        Path dataDir,
        int kafkaPort,
        int openSearchPort,
        int postgresPort,
        int ingestPort,
        int analysisPort,
        int searchPort,
        boolean dropSeeds,
        boolean startServices,
        int instances,
        boolean kafkaSasl) {

    /** The command-line flags {@link #withArgs} understands. */
    public static final String USAGE =
            "usage: run-local.sh [--no-seeds] [--no-services] [--data-dir=DIR] [--instances=N] [--kafka-sasl]";

    public StackOptions {
        if (instances < 1) {
            throw new IllegalArgumentException("instances must be at least 1, got " + instances);
        }
    }

    /** The defaults of {@code deploy/run-local.sh}: data under {@code <root>/data}, the documented ports. */
    public static StackOptions defaults(Path projectRoot) {
        return new StackOptions(
                projectRoot, projectRoot.resolve("data"), 9092, 9200, 5432, 8081, 8082, 8083, true, true, 1, false);
    }

    /** Free ports everywhere and data in {@code dataDir} (for tests). */
    public static StackOptions ephemeral(Path projectRoot, Path dataDir) {
        return new StackOptions(projectRoot, dataDir, 0, 0, 0, 0, 0, 0, false, true, 1, false);
    }

    /**
     * Applies command-line flags ({@code --no-seeds}, {@code --no-services}, {@code --data-dir=DIR},
     * {@code --instances=N}); an unknown flag or a bad value throws {@link IllegalArgumentException} with the usage.
     */
    public StackOptions withArgs(List<String> args) {
        StackOptions options = this;
        for (String arg : args) {
            if (arg.equals("--no-seeds")) {
                options = options.withSeeds(false);
            } else if (arg.equals("--no-services")) {
                options = options.withSeeds(false).withServices(false);
            } else if (arg.startsWith("--data-dir=")) {
                options = options.withDataDir(
                        Path.of(arg.substring("--data-dir=".length())).toAbsolutePath());
            } else if (arg.equals("--kafka-sasl")) {
                options = options.withKafkaSasl(true);
            } else if (arg.startsWith("--instances=")) {
                options = options.withInstances(parseInstances(arg.substring("--instances=".length())));
            } else {
                throw new IllegalArgumentException("Unknown flag " + arg + "; " + USAGE);
            }
        }
        return options;
    }

    private static int parseInstances(String value) {
        int instances;
        try {
            instances = Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(
                    "--instances needs a whole number >= 1, got '" + value + "'; " + USAGE, e);
        }
        if (instances < 1) {
            throw new IllegalArgumentException(
                    "--instances needs a whole number >= 1, got " + instances + "; " + USAGE);
        }
        return instances;
    }

    /** A copy with the seed drop switched on or off. */
    public StackOptions withSeeds(boolean seeds) {
        return copy(copy -> copy.dropSeeds = seeds);
    }

    /** A copy that starts the three services or only the servers. */
    public StackOptions withServices(boolean services) {
        return copy(copy -> copy.startServices = services);
    }

    /** A copy keeping its data in {@code dir}. */
    public StackOptions withDataDir(Path dir) {
        return copy(copy -> copy.dataDir = dir);
    }

    /** A copy running {@code count} instances each of analysis-service and search-service (ingest stays single). */
    public StackOptions withInstances(int count) {
        return copy(copy -> copy.instances = count);
    }

    /**
     * A copy whose services reach Kafka only through the broker's SASL PLAIN listener, with the credentials in their
     * {@code KAFKA_*} environment, as on a secured cluster.
     */
    public StackOptions withKafkaSasl(boolean sasl) {
        return copy(copy -> copy.kafkaSasl = sasl);
    }

    /** {@code data/drop}: files dropped here are ingested. */
    public Path dropDir() {
        return dataDir.resolve("drop");
    }

    /** {@code data/processed}. */
    public Path processedDir() {
        return dataDir.resolve("processed");
    }

    /** {@code data/failed}. */
    public Path failedDir() {
        return dataDir.resolve("failed");
    }

    /** {@code data/logs}: one log file per service instance. */
    public Path logsDir() {
        return dataDir.resolve("logs");
    }

    private StackOptions copy(Consumer<Copy> change) {
        Copy copy = new Copy(this);
        change.accept(copy);
        return copy.build();
    }

    /** The fields of a copy being changed. */
    private static final class Copy {
        Path dataDir;
        boolean dropSeeds;
        boolean startServices;
        int instances;
        boolean kafkaSasl;
        private final StackOptions from;

        Copy(StackOptions from) {
            this.from = from;
            dataDir = from.dataDir;
            dropSeeds = from.dropSeeds;
            startServices = from.startServices;
            instances = from.instances;
            kafkaSasl = from.kafkaSasl;
        }

        StackOptions build() {
            return new StackOptions(
                    from.projectRoot,
                    dataDir,
                    from.kafkaPort,
                    from.openSearchPort,
                    from.postgresPort,
                    from.ingestPort,
                    from.analysisPort,
                    from.searchPort,
                    dropSeeds,
                    startServices,
                    instances,
                    kafkaSasl);
        }
    }
}
