package io.wenliu.bench;

import io.wenliu.stack.LocalStack;
import io.wenliu.stack.ProjectRoot;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * The benchmark's entry points: the main program of {@code deploy/bench.sh}, and {@link #run} against a stack a
 * caller started.
 */
public final class Bench {

    private Bench() {}

    /** Runs the benchmark; exit 0 when everything passed, 1 when a phase failed, 2 for bad options. */
    public static void main(String[] args) {
        System.exit(commandLine(Arrays.asList(args)));
    }

    /**
     * Runs the benchmark with {@code options} against {@code stack} (started by the caller, who also stops it) and
     * writes the JSON results into {@code outputDir}.
     */
    public static BenchReport run(BenchOptions options, LocalStack stack, Path outputDir) {
        return new BenchRun(options, StackHandle.of(stack, false), ProjectRoot.find(), outputDir).execute();
    }

    private static int commandLine(List<String> args) {
        if (BenchArgs.wantsHelp(args)) {
            Console.result(BenchArgs.USAGE + "\n");
            return 0;
        }
        BenchOptions options;
        try {
            options = BenchArgs.parse(args);
        } catch (UsageException e) {
            Console.progress("bench: " + e.getMessage() + "\n" + BenchArgs.USAGE);
            return 2;
        }
        Path root = ProjectRoot.find();
        Path outputDir = options.outputDir() != null
                ? options.outputDir()
                : root.resolve("data").resolve("bench");
        try (StackHandle stack = StackLocator.open(options, root)) {
            BenchReport report = new BenchRun(options, stack, root, outputDir).execute();
            Console.result(ReportTable.render(report));
            return report.failed() ? 1 : 0;
        } catch (UsageException e) {
            Console.progress("bench: " + e.getMessage() + "\n" + BenchArgs.USAGE);
            return 2;
        } catch (RuntimeException e) {
            Console.progress("bench: " + e.getMessage());
            return 1;
        }
    }
}
