package io.wenliu.stack;

import java.nio.file.Path;
import java.util.List;

/**
 * Where the local stack keeps its data and which ports it uses (0 = any free port; a taken fixed port moves to
 * the next free one).
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
        boolean startServices) {

    /** The defaults of {@code deploy/run-local.sh}: data under {@code <root>/data}, the documented ports. */
    public static StackOptions defaults(Path projectRoot) {
        return new StackOptions(
                projectRoot, projectRoot.resolve("data"), 9092, 9200, 5432, 8081, 8082, 8083, true, true);
    }

    /** Free ports everywhere and data in {@code dataDir} (for tests). */
    public static StackOptions ephemeral(Path projectRoot, Path dataDir) {
        return new StackOptions(projectRoot, dataDir, 0, 0, 0, 0, 0, 0, false, true);
    }

    /** Applies command-line flags ({@code --no-seeds}, {@code --no-services}, {@code --data-dir=DIR}). */
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
            } else {
                throw new IllegalArgumentException(
                        "Unknown flag " + arg + "; usage: run-local.sh [--no-seeds] [--no-services] [--data-dir=DIR]");
            }
        }
        return options;
    }

    /** A copy with the seed drop switched on or off. */
    public StackOptions withSeeds(boolean seeds) {
        return new StackOptions(
                projectRoot,
                dataDir,
                kafkaPort,
                openSearchPort,
                postgresPort,
                ingestPort,
                analysisPort,
                searchPort,
                seeds,
                startServices);
    }

    /** A copy that starts the three services or only the servers. */
    public StackOptions withServices(boolean services) {
        return new StackOptions(
                projectRoot,
                dataDir,
                kafkaPort,
                openSearchPort,
                postgresPort,
                ingestPort,
                analysisPort,
                searchPort,
                dropSeeds,
                services);
    }

    /** A copy keeping its data in {@code dir}. */
    public StackOptions withDataDir(Path dir) {
        return new StackOptions(
                projectRoot,
                dir,
                kafkaPort,
                openSearchPort,
                postgresPort,
                ingestPort,
                analysisPort,
                searchPort,
                dropSeeds,
                startServices);
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

    /** {@code data/logs}: one log file per service. */
    public Path logsDir() {
        return dataDir.resolve("logs");
    }
}
