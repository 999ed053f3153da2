package io.wenliu.e2e;

import io.wenliu.stack.SearchProbe;
import io.wenliu.stack.SeedDropper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.awaitility.Awaitility;

/** Drops a page into a running stack and waits until the search API finds it. */
final class Drops {

    private Drops() {}

    /**
     * Writes {@code text} to {@code file}, moves it into {@code dropDir} and waits (at most {@code atMost}) until
     * searching {@code term} on {@code searchUrl} finds exactly one article.
     */
    static void dropAndAwaitOneHit(Path file, String text, Path dropDir, String searchUrl, String term, Duration atMost)
            throws IOException {
        Files.writeString(file, text);
        SeedDropper.drop(file, dropDir);
        Awaitility.await("one article found by " + term)
                .atMost(atMost)
                .pollInterval(Duration.ofMillis(500))
                .ignoreExceptions()
                .until(() -> SearchProbe.total(searchUrl, term) == 1);
    }
}
