package io.wenliu.bench;

import java.net.http.HttpClient;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Random;
import java.util.Set;

/** One benchmark run against one stack: the phases in order, their figures, and what failed. */
final class BenchRun {

    static final DateTimeFormatter RUN_ID = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss", Locale.ROOT);
    private static final long IDLE_PAUSE_MILLIS = 2000;
    private static final double FALLBACK_BACKGROUND_RATE = 1.0;

    private final BenchOptions options;
    private final StackHandle stack;
    private final Path projectRoot;
    private final Path outputDir;
    private final String runId;
    private final Random markers = new Random();
    private final Set<String> usedMarkers = new HashSet<>();
    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(3))
            .build();
    private final List<String> failures = new ArrayList<>();
    private final Map<String, List<StageTiming>> stages = new LinkedHashMap<>();

    private String seedText;
    private Corpus corpus;
    private Dropper dropper;
    private SearchCount count;
    private SearchableWait wait;
    private DropPhase drops;
    private MetricsScraper metrics;

    private Double warmupSeconds;
    private List<Article> burstArticles;
    private Throughput burst;
    private Throughput raw;
    private UploadResult upload;
    private FreshnessResult freshness;
    private FreshnessResult load;
    private FillResult fill;
    private SearchResult search;
    private WorkSplit workSplit;

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
        prepare();
        try {
            runPhases();
        } catch (PhaseFailure e) {
            fail(e.getMessage());
        } catch (RuntimeException e) {
            fail("unexpected error: " + e);
        } finally {
            dropper.cleanUp();
        }
        BenchReport report = new BenchReport(
                runId,
                date,
                MachineFacts.current(),
                options,
                stack.describe(),
                corpus.unit(),
                Headline.of(burst, raw, upload),
                warmupSeconds,
                burst,
                raw,
                upload,
                freshness,
                load,
                fill,
                search,
                stages,
                workSplit,
                serviceFigures(),
                List.copyOf(failures));
        Path file = ReportJson.write(report, outputDir);
        Console.progress("[done] results written to " + file + " and " + outputDir.resolve("latest.json"));
        return report;
    }

    private void prepare() {
        seedText = SeedSentences.readSeedText(projectRoot.resolve("seeds"));
        Random text = new Random(seed());
        corpus = options.corpus() != null
                ? UserCorpus.load(options.corpus())
                : new GeneratedCorpus(new ArticleGenerator(SeedSentences.of(seedText), options.chars(), text));
        dropper = new Dropper(
                Dropper.stagingDirFor(outputDir.resolve("staging").resolve(runId), stack.dropDir(), runId),
                stack.dropDir());
        count = new SearchCount(http, stack.searchUrl());
        wait = new SearchableWait(count, options.timeout(), corpus.unit());
        drops = new DropPhase(dropper, wait);
        metrics = new MetricsScraper(http, stack.services());
    }

    private void runPhases() {
        if (options.runs(Phase.WARMUP)) {
            warmup();
        }
        if (options.runs(Phase.BURST)) {
            burst();
        }
        if (options.runs(Phase.RAW)) {
            raw();
        }
        if (options.runs(Phase.UPLOAD)) {
            upload();
        }
        if (options.runs(Phase.FRESHNESS)) {
            Pause.millis(IDLE_PAUSE_MILLIS);
            String run = newRun();
            Console.progress(
                    "[freshness] " + options.freshnessSamples() + " single articles on an idle stack (" + run + ")");
            freshness = new Freshness(corpus, dropper, count, wait, options.timeout())
                    .idle(run, options.freshnessSamples());
        }
        if (options.runs(Phase.LOAD)) {
            loadedFreshness();
        }
        if (options.runs(Phase.FILL)) {
            String run = newRun();
            Console.progress("[fill] making sure the index holds at least " + options.searchIndexSize() + " "
                    + corpus.unit() + " (" + run + ")");
            fill = new IndexFill(corpus, drops, count).run(run, options.searchIndexSize());
        }
        if (options.runs(Phase.SEARCH)) {
            search();
        }
    }

    private void warmup() {
        String run = newRun();
        int size = options.warmupArticles();
        Console.progress("[warmup] " + size + " " + corpus.unit() + " (" + run + ")");
        warmupSeconds =
                drops.run("warmup", run, corpus.batch(run, 0, size), size).seconds();
    }

    private void burst() {
        String run = newRun();
        int size = corpus.batchSize(options.articles());
        Console.progress("[burst] staging " + size + " " + corpus.unit() + " (" + run + ")");
        burstArticles = corpus.batch(run, 0, size);
        MetricsSnapshot before = metrics.scrape();
        burst = drops.run("burst", run, burstArticles, size);
        MetricsSnapshot after = metrics.scrape();
        stages.put("burst", StageTimings.between(before, after));
        workSplit = WorkSplit.between(before, after, stack.services(), size);
        if (workSplit.mismatch()) {
            String message = "[burst] work split: " + workSplit.check();
            if (stack.isLocal()) {
                fail(message);
            } else {
                Console.warn(message + " (other traffic on the running stack may explain it)");
            }
        }
        Console.progress(String.format(Locale.ROOT, "[burst] %d %s in %.1f s", size, corpus.unit(), burst.seconds()));
    }

    private void raw() {
        String run = newRun();
        List<Article> articles =
                burstArticles != null ? burstArticles : corpus.batch(run, 0, corpus.batchSize(options.articles()));
        Console.progress("[raw] " + articles.size() + " documents with plain OpenSearch _bulk");
        raw = new RawBulk(http, stack.openSearchUrl()).run(run, articles);
    }

    private void upload() {
        if (stack.ingestApiKey() == null) {
            throw new PhaseFailure("[upload] no ingest API key: pass --ingest-api-key (or skip the phase)");
        }
        String run = newRun();
        int size = options.corpus() != null ? corpus.batchSize(options.uploadArticles()) : options.uploadArticles();
        Console.progress("[upload] " + size + " " + corpus.unit() + " with " + options.uploadClients() + " clients ("
                + run + ")");
        List<Article> articles = corpus.batch(run, 0, size);
        MetricsSnapshot before = metrics.scrape();
        upload = new UploadPhase(http, stack.ingestUrl(), stack.ingestApiKey(), wait)
                .run(run, articles, options.uploadClients());
        stages.put("upload", StageTimings.between(before, metrics.scrape()));
        if (upload.accepted() < upload.sent()) {
            fail("[upload] " + (upload.sent() - upload.accepted()) + " of " + upload.sent() + " uploads rejected: "
                    + String.join("; ", upload.rejected()));
        }
    }

    private void loadedFreshness() {
        String run = newRun();
        double rate;
        if (burst != null) {
            rate = burst.perSecond() / 2;
        } else if (upload != null) {
            rate = upload.throughput().perSecond() / 2;
        } else {
            rate = FALLBACK_BACKGROUND_RATE;
        }
        Console.progress(String.format(
                Locale.ROOT,
                "[load] %d probes while %.2f %s/s are dropped in the background (%s)",
                options.freshnessSamples(),
                rate,
                corpus.unit(),
                run));
        load = new Freshness(corpus, dropper, count, wait, options.timeout())
                .underLoad(run, options.freshnessSamples(), rate);
    }

    private void search() {
        List<String> terms = SearchTerms.from(seedText, new Random(seed()));
        search = new SearchPhase(count, stack.openSearchUrl(), stack.searchUrl())
                .run(
                        terms,
                        options.searchClients(),
                        options.searchWarmup(),
                        Duration.ofSeconds(options.searchSeconds()));
        for (SearchLevel level : search.levels()) {
            long errors = level.openSearch().errors() + level.service().errors();
            if (errors > 0) {
                fail("[search] " + level.clients() + " clients: "
                        + level.openSearch().errors() + " OpenSearch and "
                        + level.service().errors() + " service errors: " + String.join("; ", level.errors()));
            }
        }
    }

    private List<MemoryFigure> serviceFigures() {
        List<MemoryFigure> figures = new ArrayList<>();
        for (ServiceEndpoint service : stack.services()) {
            OptionalLong pid = stack.pid(service);
            OptionalLong kib = pid.isPresent() ? ResidentMemory.kibOf(pid.getAsLong()) : OptionalLong.empty();
            figures.add(new MemoryFigure(
                    service.instanceName(),
                    pid.isPresent() ? pid.getAsLong() : null,
                    kib.isPresent() ? kib.getAsLong() / 1024.0 : null,
                    service.startupSeconds()));
        }
        return figures;
    }

    /** The seed of the run's corpus and term order: the run id's digits, so a run id regenerates the same text. */
    private long seed() {
        return Long.parseLong(runId.replace("-", ""));
    }

    private String newRun() {
        String run;
        do {
            run = RunMarker.newRun(markers);
        } while (!usedMarkers.add(run));
        return run;
    }

    private void fail(String message) {
        failures.add(message);
        Console.progress("FAILED: " + message);
    }
}
