package io.wenliu.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Stages a batch of documents, moves them all into the drop folder at once and measures the time from the first
 * move until the search API counts the expected number of the run's documents (warm-up, burst, fill chunks).
 */
final class DropPhase {

    private final Dropper dropper;
    private final SearchableWait wait;

    DropPhase(Dropper dropper, SearchableWait wait) {
        this.dropper = dropper;
        this.wait = wait;
    }

    /** Drops {@code articles} (all of run {@code run}) and waits until {@code expected} hits for the run marker. */
    Throughput run(String phase, String run, List<Article> articles, long expected) {
        List<Path> staged = new ArrayList<>(articles.size());
        long chars = 0;
        for (Article article : articles) {
            staged.add(dropper.stage(article));
            chars += article.chars();
        }
        long start = System.nanoTime();
        for (Path file : staged) {
            dropper.move(file);
        }
        long end = wait.await(phase, run, expected, expected - articles.size(), start);
        return Throughput.of(articles.size(), chars, Throughput.seconds(start, end));
    }
}
