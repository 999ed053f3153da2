package io.wenliu.ingest.drop;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileClaimerTest {

    @TempDir
    Path tmp;

    @Test
    void exactlyOneOfSeveralInstancesClaimsAFile() throws Exception {
        Path drop = Files.createDirectories(tmp.resolve("drop"));
        List<FileClaimer> instances = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            instances.add(new FileClaimer(Files.createDirectories(tmp.resolve("claimed/instance-" + i))));
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            for (int round = 0; round < 50; round++) {
                Path file = Files.writeString(drop.resolve("doc-" + round + ".txt"), "text " + round);
                List<Callable<Optional<ClaimedFile>>> claims = new ArrayList<>();
                for (FileClaimer claimer : instances) {
                    claims.add(() -> claimer.claim(file));
                }
                int winners = 0;
                for (Future<Optional<ClaimedFile>> result : pool.invokeAll(claims)) {
                    if (result.get().isPresent()) {
                        winners++;
                        assertThat(result.get().get().path()).hasContent("text " + round);
                    }
                }
                assertThat(winners).as("claims of round %d", round).isEqualTo(1);
            }
        } finally {
            pool.shutdownNow();
        }
        try (var leftovers = Files.list(tmp.resolve("claimed/instance-0"))) {
            assertThat(leftovers.filter(Files::isDirectory).allMatch(FileClaimerTest::notEmpty))
                    .isTrue();
        }
    }

    @Test
    void keepsTheOriginalNameUnderADocumentFolder() throws IOException {
        Path file =
                Files.writeString(Files.createDirectories(tmp.resolve("drop")).resolve("新华社 电.txt"), "x");
        ClaimedFile claimed = new FileClaimer(Files.createDirectories(tmp.resolve("claimed")))
                .claim(file)
                .orElseThrow();

        assertThat(claimed.originalName()).isEqualTo("新华社 电.txt");
        assertThat(claimed.path().getParent().getFileName())
                .hasToString(claimed.documentId().toString());
        assertThat(file).doesNotExist();
    }

    private static boolean notEmpty(Path dir) {
        try (var entries = Files.list(dir)) {
            return entries.findAny().isPresent();
        } catch (IOException e) {
            return false;
        }
    }
}
