package io.wenliu.bench;

import java.net.http.HttpClient;
import java.nio.file.Path;
import java.util.Random;

/** What a run's phases share: the seed text, the corpus, the dropper, the search count and wait, the metrics. */
record RunTools(
        String seedText,
        Corpus corpus,
        Dropper dropper,
        SearchCount count,
        SearchableWait searchableWait,
        DropPhase drops,
        MetricsScraper metrics) {

    /** Reads the seeds and sets everything up for the run {@code runId}, its text drawn from {@code seed}. */
    static RunTools prepare(
            BenchOptions options,
            StackHandle stack,
            Path projectRoot,
            Path outputDir,
            String runId,
            long seed,
            HttpClient http) {
        String seedText = SeedSentences.readSeedText(projectRoot.resolve("seeds"));
        Random text = new Random(seed);
        Corpus corpus = options.corpus() != null
                ? UserCorpus.load(options.corpus())
                : new GeneratedCorpus(new ArticleGenerator(SeedSentences.of(seedText), options.chars(), text));
        Dropper dropper = new Dropper(
                Dropper.stagingDirFor(outputDir.resolve("staging").resolve(runId), stack.dropDir(), runId),
                stack.dropDir());
        SearchCount count = new SearchCount(http, stack.searchUrl());
        SearchableWait wait = new SearchableWait(count, options.timeout(), corpus.unit());
        DropPhase drops = new DropPhase(dropper, wait);
        MetricsScraper metrics = new MetricsScraper(http, stack.services());
        return new RunTools(seedText, corpus, dropper, count, wait, drops, metrics);
    }
}
