package io.wenliu.bench;

import java.io.IOException;
import java.util.Locale;

/**
 * Makes sure the index holds at least a given number of articles (counted with an empty query, which matches all)
 * by dropping new articles in chunks of 2,000, each awaited; the chunks together give the sustained throughput.
 */
final class IndexFill {

    static final int CHUNK = 2000;

    private final Corpus corpus;
    private final DropPhase drops;
    private final SearchCount count;

    IndexFill(Corpus corpus, DropPhase drops, SearchCount count) {
        this.corpus = corpus;
        this.drops = drops;
        this.count = count;
    }

    FillResult run(String run, long target) {
        long before = indexSize();
        if (before >= target) {
            return new FillResult(target, before, before, null);
        }
        int missing = (int) (target - before);
        int sent = 0;
        long chars = 0;
        double seconds = 0;
        while (sent < missing) {
            int chunk = Math.min(CHUNK, missing - sent);
            Throughput part = drops.run("fill", run, corpus.batch(run, sent, chunk), sent + chunk);
            sent += chunk;
            chars += part.chars();
            seconds += part.seconds();
            Console.progress(String.format(
                    Locale.ROOT, "[fill] %d/%d added, %.1f %s/s so far", sent, missing, sent / seconds, corpus.unit()));
        }
        return new FillResult(target, before, indexSize(), Throughput.of(sent, chars, seconds));
    }

    /** The number of articles in the index. */
    long indexSize() {
        try {
            return count.total("");
        } catch (IOException e) {
            throw new PhaseFailure("[fill] cannot count the index: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PhaseFailure("[fill] interrupted", e);
        }
    }
}
