package io.wenliu.bench;

import io.wenliu.stack.LocalStack;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.common.TopicPartition;

/**
 * The fault run: streams generated articles into the drop folder while each component in turn is killed with SIGKILL
 * at a moment drawn from the seed (each only after the previous one served again) and restarted by the stack's
 * supervisor; then checks through the public APIs that every article is searchable exactly once, every document and
 * article of the run reached PROCESSED / INDEXED, and the dead-letter topics got the poison injected at the start and
 * nothing else; reports each fault's recovery time. Poison: a record that is not JSON on each input topic
 * ({@code articles.ingested}, {@code articles.enriched}, {@code articles.indexed}) and a binary file named .txt, which
 * must end in {@code failed/} with its reason while the stream goes on.
 */
final class ChaosRun {

    /** The components in the order the operator killed them. */
    static final List<String> ALL_FAULTS =
            List.of("analysis-service", "search-service", "Kafka", "ingest-service", "PostgreSQL", "OpenSearch");

    /** One fault: what was killed, when (seconds into the stream) and how long until it served again. */
    record Fault(String component, double atSeconds, double recoverySeconds) {}

    /**
     * The dead letters the poison must cause, as "original topic key" per dead-letter topic: analysis dead-letters the
     * ingested one, search the enriched one, ingest's status listener both the enriched and the indexed one. A record
     * may be dead-lettered twice when its consumer dies before committing (at least once); nothing else may appear.
     */
    static Map<String, Set<String>> expectedDeadLetters(String run) {
        String key = " poison-" + run;
        return Map.of(
                "articles.ingested.dlq", Set.of("articles.ingested" + key),
                "articles.enriched.dlq", Set.of("articles.enriched" + key),
                "articles.status.dlq", Set.of("articles.enriched" + key, "articles.indexed" + key));
    }

    /** What the run found. */
    record ChaosReport(
            String run,
            long seed,
            int articles,
            List<Fault> faults,
            long searchable,
            Map<String, Long> dlqGrowth,
            Map<String, Set<String>> deadLetters,
            boolean poisonFileFailed) {

        /** Nothing lost or duplicated (checked while running), and the poison's dead letters and no others. */
        boolean passed() {
            return searchable == articles && poisonFileFailed && deadLetters.equals(expectedDeadLetters(run));
        }
    }

    private final LocalStack stack;
    private final int articles;
    private final double perSecond;
    private final List<String> faults;
    private final long seed;
    private final Duration timeout;
    private final Path workDir;
    private final HttpClient http = HttpClient.newHttpClient();

    ChaosRun(
            LocalStack stack,
            int articles,
            double perSecond,
            List<String> faults,
            long seed,
            Duration timeout,
            Path workDir) {
        this.stack = stack;
        this.articles = articles;
        this.perSecond = perSecond;
        this.faults = List.copyOf(faults);
        this.seed = seed;
        this.timeout = timeout;
        this.workDir = workDir;
    }

    ChaosReport execute() throws Exception {
        Random random = new Random(seed);
        String run = RunMarker.newRun(random);
        Console.progress(String.format(
                Locale.ROOT,
                "[chaos] seed %d, run %s: %d articles at %.1f/s, faults %s",
                seed,
                run,
                articles,
                perSecond,
                faults));
        DeadLetters deadLetters = new DeadLetters(stack);
        Map<TopicPartition, Long> dlqBefore = deadLetters.ends();
        Corpus corpus = new GeneratedCorpus(new ArticleGenerator(
                SeedSentences.of(
                        SeedSentences.readSeedText(stack.options().projectRoot().resolve("seeds"))),
                2000,
                random));
        Dropper dropper = new Dropper(
                Dropper.stagingDirFor(
                        workDir.resolve("staging").resolve(run), stack.options().dropDir(), run),
                stack.options().dropDir());
        Poison.inject(stack, run);
        double streamSeconds = articles / perSecond;
        List<Double> moments = moments(random, streamSeconds);

        long start = System.nanoTime();
        AtomicInteger dropped = new AtomicInteger();
        AtomicReference<RuntimeException> dropFailure = new AtomicReference<>();
        Thread stream = new Thread(
                () -> {
                    long period = (long) (1e9 / perSecond);
                    for (int i = 0; i < articles; i++) {
                        Pause.untilNanos(start + i * period);
                        try {
                            dropper.drop(corpus.article(run, i));
                            dropped.incrementAndGet();
                        } catch (RuntimeException e) {
                            dropFailure.compareAndSet(null, e);
                            return;
                        }
                    }
                },
                "chaos-stream");
        stream.start();

        List<Fault> done = new ArrayList<>();
        for (int i = 0; i < faults.size(); i++) {
            Pause.untilNanos(start + (long) (moments.get(i) * 1e9));
            done.add(FaultInjector.inject(stack, faults.get(i), Throughput.seconds(start, System.nanoTime())));
        }
        stream.join();
        if (dropFailure.get() != null) {
            throw new PhaseFailure(
                    "[chaos] dropping failed: " + dropFailure.get().getMessage(), dropFailure.get());
        }
        SearchCount count = new SearchCount(http, stack.searchUrl());
        new SearchableWait(count, timeout, "articles").await("chaos", run, articles, start);
        new LedgerCheck(stack, articles, timeout).requireComplete(run);
        Map<TopicPartition, Long> dlqAfter = deadLetters.ends();
        Map<String, Long> growth = DeadLetters.growth(dlqBefore, dlqAfter);
        return new ChaosReport(
                run,
                seed,
                articles,
                done,
                count.total(run),
                growth,
                deadLetters.between(dlqBefore, dlqAfter),
                Poison.fileFailed(stack, run));
    }

    /** One moment per fault, each drawn within its own share of the stream so the faults spread over it. */
    private List<Double> moments(Random random, double streamSeconds) {
        List<Double> moments = new ArrayList<>();
        double slot = streamSeconds / Math.max(1, faults.size());
        for (int i = 0; i < faults.size(); i++) {
            moments.add(slot * (i + 0.2 + 0.6 * random.nextDouble()));
        }
        return moments;
    }
}
