package io.wenliu.bench;

import java.net.http.HttpClient;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** One benchmark run against one stack: sets it up, runs its phases, writes its report. */
final class BenchRun {

    static final DateTimeFormatter RUN_ID = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss", Locale.ROOT);

    private final BenchOptions options;
    private final StackHandle stack;
    private final Path projectRoot;
    private final Path outputDir;
    private final String runId;
    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(3))
            .build();

    BenchRun(BenchOptions options, StackHandle stack, Path projectRoot, Path outputDir) {
        this.options = options;
        this.stack = stack;
        this.projectRoot = projectRoot;
        this.outputDir = outputDir;
        this.runId =
                options.runId() != null ? options.runId() : LocalDateTime.now().format(RUN_ID);
    }

    /** Runs every phase not skipped, stopping at the first phase that cannot finish, and writes the JSON file. */
    BenchReport execute() {
        String date = OffsetDateTime.now().toString();
        RunTools tools = RunTools.prepare(options, stack, projectRoot, outputDir, runId, seed(), http);
        BenchPhases phases = new BenchPhases(options, stack, tools, http, seed());
        try {
            phases.runAll();
        } catch (PhaseFailure e) {
            phases.fail(e.getMessage());
        } catch (RuntimeException e) {
            phases.fail("unexpected error: " + e);
        } finally {
            tools.dropper().cleanUp();
        }
        BenchReport report =
                phases.report(runId, date, MachineFacts.current(), stack.describe(), ServiceFigures.of(stack));
        Path file = ReportJson.write(report, outputDir);
        Console.progress("[done] results written to " + file + " and " + outputDir.resolve("latest.json"));
        return report;
    }

    /** The seed of the run's corpus and term order: the run id's digits, so a run id regenerates the same text. */
    private long seed() {
        return Long.parseLong(runId.replace("-", ""));
    }
}
