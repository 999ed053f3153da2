package io.wenliu.bench;

import io.wenliu.stack.LocalStack;
import io.wenliu.stack.ProjectRoot;
import io.wenliu.stack.StackOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;

/**
 * The main of {@code deploy/chaos.sh}: starts a fresh stack of its own in {@code data/chaos/stack} (what an earlier run
 * left there is deleted), runs {@link ChaosRun}
 * and prints what it found; exit 0 when nothing was lost, duplicated or dead-lettered, 1 otherwise, 2 for bad options.
 */
public final class Chaos {

    static final String USAGE = """
            usage: deploy/chaos.sh [options]
              --articles N      articles streamed into the drop folder (default 2000)
              --rate R          articles per second (default 10)
              --faults LIST     comma-separated, killed in this order (default: %s)
              --seed S          seed of the kill moments and the articles (default: random, printed)
              --timeout SECONDS longest wait for the articles and the ledger (default 900)
            """.formatted(String.join(",", ChaosRun.ALL_FAULTS));

    private Chaos() {}

    public static void main(String[] args) {
        System.exit(commandLine(Arrays.asList(args)));
    }

    /** Runs the fault run against {@code stack} (started and stopped by the caller). */
    static ChaosRun.ChaosReport run(
            LocalStack stack, int articles, double rate, List<String> faults, long seed, Duration timeout, Path workDir)
            throws Exception {
        return new ChaosRun(stack, articles, rate, faults, seed, timeout, workDir).execute();
    }

    private static int commandLine(List<String> args) {
        int articles = 2000;
        double rate = 10;
        List<String> faults = ChaosRun.ALL_FAULTS;
        long seed = ThreadLocalRandom.current().nextLong(1_000_000);
        long timeout = 900;
        try {
            for (int i = 0; i < args.size(); i++) {
                String value = i + 1 < args.size() ? args.get(i + 1) : null;
                switch (args.get(i)) {
                    case "--articles" -> articles = Integer.parseInt(value);
                    case "--rate" -> rate = Double.parseDouble(value);
                    case "--faults" -> faults = List.of(value.split(","));
                    case "--seed" -> seed = Long.parseLong(value);
                    case "--timeout" -> timeout = Long.parseLong(value);
                    case "--help", "-h" -> {
                        Console.result(USAGE);
                        return 0;
                    }
                    default -> throw new IllegalArgumentException("unknown option " + args.get(i));
                }
                i++;
            }
            if (articles < 1 || rate <= 0 || !ChaosRun.ALL_FAULTS.containsAll(faults)) {
                throw new IllegalArgumentException("bad --articles, --rate or --faults");
            }
        } catch (RuntimeException e) {
            Console.progress("chaos: " + e.getMessage() + "\n" + USAGE);
            return 2;
        }
        Path root = ProjectRoot.find();
        Path dataDir = root.resolve("data").resolve("chaos");
        try {
            // A fresh stack each time: a run repeated with its seed sends the same articles, which a kept ledger
            // would rightly take for duplicates.
            deleteRecursively(dataDir.resolve("stack"));
        } catch (IOException e) {
            Console.progress("chaos: cannot clear " + dataDir.resolve("stack") + ": " + e.getMessage());
            return 1;
        }
        try (LocalStack stack = LocalStack.start(StackOptions.ephemeral(root, dataDir.resolve("stack")))) {
            ChaosRun.ChaosReport report =
                    new ChaosRun(stack, articles, rate, faults, seed, Duration.ofSeconds(timeout), dataDir).execute();
            Console.result(render(report));
            return report.passed() ? 0 : 1;
        } catch (Exception e) {
            Console.progress("chaos: FAILED: " + e.getMessage());
            return 1;
        }
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    static String render(ChaosRun.ChaosReport report) {
        List<String> lines = new ArrayList<>();
        lines.add(String.format(
                Locale.ROOT,
                "fault run %s (seed %d): %d of %d articles searchable, each once; ledger complete",
                report.run(),
                report.seed(),
                report.searchable(),
                report.articles()));
        lines.add("  killed                 at (s)   serves again after (s)");
        for (ChaosRun.Fault fault : report.faults()) {
            lines.add(String.format(
                    Locale.ROOT,
                    "  %-20s %8.1f   %8.1f",
                    fault.component(),
                    fault.atSeconds(),
                    fault.recoverySeconds()));
        }
        report.dlqGrowth()
                .forEach((topic, growth) -> lines.add(String.format(
                        Locale.ROOT,
                        "  %-24s %d new dead letters, of %s (expected %s)",
                        topic,
                        growth,
                        report.deadLetters().get(topic),
                        ChaosRun.expectedDeadLetters(report.run()).get(topic))));
        lines.add("  poison file in failed/ with its reason: " + (report.poisonFileFailed() ? "yes" : "NO"));
        lines.add(report.passed() ? "result: OK" : "result: FAILED");
        return String.join("\n", lines) + "\n";
    }
}
