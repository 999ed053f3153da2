package io.wenliu.bench;

import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/** The phases of one benchmark run in order, the figures they measure, and what failed. */
final class BenchPhases {

    private static final long IDLE_PAUSE_MILLIS = 2000;
    /** Rounds of the raw _bulk reference; the headline uses the median one. */
    private static final int RAW_ROUNDS = 3;

    private static final double FALLBACK_BACKGROUND_RATE = 1.0;

    private final BenchOptions options;
    private final StackHandle stack;
    private final RunTools tools;
    private final Corpus corpus;
    private final HttpClient http;
    private final long seed;
    private final RunMarkers markers = new RunMarkers();
    private final List<String> failures = new ArrayList<>();
    private final Map<String, List<StageTiming>> stages = new LinkedHashMap<>();
    private final Map<String, CpuUse> cpu = new LinkedHashMap<>();

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

    /** {@code seed} draws the search terms' order. */
    BenchPhases(BenchOptions options, StackHandle stack, RunTools tools, HttpClient http, long seed) {
        this.options = options;
        this.stack = stack;
        this.tools = tools;
        this.corpus = tools.corpus();
        this.http = http;
        this.seed = seed;
    }

    /** Runs every phase not skipped, in order; a phase that cannot finish throws {@link PhaseFailure}. */
    void runAll() {
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
            String run = markers.newRun();
            Console.progress(
                    "[freshness] " + options.freshnessSamples() + " single articles on an idle stack (" + run + ")");
            freshness = new Freshness(corpus, tools.dropper(), tools.count(), tools.searchableWait(), options.timeout())
                    .idle(run, options.freshnessSamples());
        }
        if (options.runs(Phase.LOAD)) {
            loadedFreshness();
        }
        if (options.runs(Phase.FILL)) {
            String run = markers.newRun();
            Console.progress("[fill] making sure the index holds at least " + options.searchIndexSize() + " "
                    + corpus.unit() + " (" + run + ")");
            CpuMeter cpuMeter = CpuMeter.start(stack);
            fill = new IndexFill(corpus, tools.drops(), tools.count()).run(run, options.searchIndexSize());
            recordCpu("fill", cpuMeter.perArticle(fill.after() - fill.before()));
        }
        if (options.runs(Phase.SEARCH)) {
            search();
        }
    }

    private void warmup() {
        String run = markers.newRun();
        int size = options.warmupArticles();
        Console.progress("[warmup] " + size + " " + corpus.unit() + " (" + run + ")");
        warmupSeconds = tools.drops()
                .run("warmup", run, corpus.batch(run, 0, size), size)
                .seconds();
    }

    private void burst() {
        String run = markers.newRun();
        int size = corpus.batchSize(options.articles());
        Console.progress("[burst] staging " + size + " " + corpus.unit() + " (" + run + ")");
        burstArticles = corpus.batch(run, 0, size);
        Measurement measurement = startMeasuring();
        burst = tools.drops().run("burst", run, burstArticles, size);
        MetricsSnapshot after = recordPhase("burst", measurement, size);
        workSplit = WorkSplit.between(measurement.before(), after, stack.services(), size);
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
        String run = markers.newRun();
        List<Article> articles =
                burstArticles != null ? burstArticles : corpus.batch(run, 0, corpus.batchSize(options.articles()));
        Console.progress("[raw] " + articles.size() + " documents with plain OpenSearch _bulk, " + RAW_ROUNDS
                + " rounds (median)");
        raw = new RawBulk(http, stack.openSearchUrl()).run(run, articles, RAW_ROUNDS);
    }

    private void upload() {
        if (stack.ingestApiKey() == null) {
            throw new PhaseFailure("[upload] no ingest API key: pass --ingest-api-key (or skip the phase)");
        }
        String run = markers.newRun();
        int size = options.corpus() != null ? corpus.batchSize(options.uploadArticles()) : options.uploadArticles();
        Console.progress("[upload] " + size + " " + corpus.unit() + " with " + options.uploadClients() + " clients ("
                + run + ")");
        List<Article> articles = corpus.batch(run, 0, size);
        Measurement measurement = startMeasuring();
        upload = new UploadPhase(http, stack.ingestUrl(), stack.ingestApiKey(), tools.searchableWait())
                .run(run, articles, options.uploadClients());
        recordPhase("upload", measurement, upload.accepted());
        if (upload.accepted() < upload.sent()) {
            fail("[upload] " + (upload.sent() - upload.accepted()) + " of " + upload.sent() + " uploads rejected: "
                    + String.join("; ", upload.rejected()));
        }
    }

    private void loadedFreshness() {
        String run = markers.newRun();
        double rate;
        if (options.loadRate() != null) {
            rate = options.loadRate();
        } else if (burst != null) {
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
        Measurement measurement = startMeasuring();
        load = new Freshness(corpus, tools.dropper(), tools.count(), tools.searchableWait(), options.timeout())
                .underLoad(run, options.freshnessSamples(), rate);
        recordPhase("load", measurement, options.freshnessSamples() + load.backgroundCount());
    }

    private void search() {
        List<String> queries = options.searchQueries() == SearchQueries.DISTINCT
                ? SearchTerms.distinctPairs(tools.seedText(), new Random(seed))
                : SearchTerms.from(tools.seedText(), new Random(seed));
        search = new SearchPhase(tools.count(), stack.openSearchUrl(), stack.searchUrl(), () -> CpuMeter.start(stack))
                .run(
                        queries,
                        options.searchQueries(),
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

    /** Starts measuring a phase: the services' timers and the stack's CPU as they stand now. */
    private Measurement startMeasuring() {
        return new Measurement(tools.metrics().scrape(), CpuMeter.start(stack));
    }

    /**
     * Records the CPU per article and the stage timings of {@code phase} since {@code start}; returns the timers as
     * read at its end.
     */
    private MetricsSnapshot recordPhase(String phase, Measurement start, long articles) {
        recordCpu(phase, start.cpu().perArticle(articles));
        MetricsSnapshot after = tools.metrics().scrape();
        stages.put(phase, StageTimings.between(start.before(), after));
        return after;
    }

    /** The services' timers and the stack's CPU meter at the start of a phase. */
    private record Measurement(MetricsSnapshot before, CpuMeter cpu) {}

    private void recordCpu(String phase, CpuUse use) {
        if (use != null) {
            cpu.put(phase, use);
        }
    }

    /** The report of the run, with the figures measured and the failures so far. */
    BenchReport report(
            String runId, String date, MachineFacts machine, String stackDescription, List<MemoryFigure> services) {
        return new BenchReport(
                runId,
                date,
                machine,
                options,
                stackDescription,
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
                cpu,
                workSplit,
                services,
                List.copyOf(failures));
    }

    /** Records {@code message} as a failure of the run and says so. */
    void fail(String message) {
        failures.add(message);
        Console.progress("FAILED: " + message);
    }
}
