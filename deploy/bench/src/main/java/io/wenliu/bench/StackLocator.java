package io.wenliu.bench;

import io.wenliu.stack.Http;
import io.wenliu.stack.LocalStack;
import io.wenliu.stack.StackOptions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Finds the stack to measure: a running one when ingest, analysis and search are ready and OpenSearch answers at the
 * given (or default) URLs, else a local stack of its own on free ports in {@code data/bench/stack} (wiped first).
 */
final class StackLocator {

    private StackLocator() {}

    static StackHandle open(BenchOptions options, Path projectRoot) {
        if (!options.ownStack()) {
            String ingest = orDefault(options.ingestUrl(), BenchOptions.DEFAULT_INGEST_URL);
            String analysis = orDefault(options.analysisUrl(), BenchOptions.DEFAULT_ANALYSIS_URL);
            String search = orDefault(options.searchUrl(), BenchOptions.DEFAULT_SEARCH_URL);
            String openSearch = orDefault(options.openSearchUrl(), BenchOptions.DEFAULT_OPENSEARCH_URL);
            if (ready(ingest) && ready(analysis) && ready(search) && answers(openSearch)) {
                if (options.instances() > 1) {
                    throw new UsageException("--instances " + options.instances()
                            + " needs a stack of the benchmark's own, but a stack is running at " + ingest
                            + ": stop it, or add --own-stack");
                }
                Path dropDir = options.dropDir() != null
                        ? options.dropDir()
                        : projectRoot.resolve("data").resolve("drop");
                Console.warn("Measuring the running stack at " + ingest + " (drop folder " + dropDir
                        + "): the generated articles stay in its archive");
                return StackHandle.running(ingest, analysis, search, openSearch, dropDir, apiKey(options, projectRoot));
            }
            if (options.namesAStack()) {
                Console.warn("No ready stack at the given URLs: starting a stack of its own");
            }
        }
        return StackHandle.of(startOwn(options, projectRoot), true);
    }

    private static LocalStack startOwn(BenchOptions options, Path projectRoot) {
        Path dataDir = projectRoot.resolve("data").resolve("bench").resolve("stack");
        deleteRecursively(dataDir);
        Console.progress("[stack] starting a stack of its own in " + dataDir + " (" + options.instances()
                + " analysis and search instance(s)); this takes a minute or two");
        return LocalStack.start(StackOptions.ephemeral(projectRoot, dataDir).withInstances(options.instances()));
    }

    private static String apiKey(BenchOptions options, Path projectRoot) {
        if (options.ingestApiKey() != null) {
            return options.ingestApiKey();
        }
        Path file = projectRoot.resolve("data").resolve("ingest-api-key");
        try {
            return Files.isRegularFile(file) ? Files.readString(file).trim() : null;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + file, e);
        }
    }

    private static boolean ready(String serviceUrl) {
        return answers(serviceUrl + "/q/health/ready");
    }

    private static boolean answers(String url) {
        try {
            return Http.get(url).status() == 200;
        } catch (IOException | IllegalArgumentException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static String orDefault(String value, String fallback) {
        return value != null ? value : fallback;
    }

    private static void deleteRecursively(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not wipe " + dir + " before starting a stack there", e);
        }
    }
}
