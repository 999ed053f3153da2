package io.wenliu.ingest.drop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.test.junit.QuarkusTest;
import io.wenliu.ingest.ledger.DocumentStatus;
import io.wenliu.ingest.support.DropFiles;
import io.wenliu.ingest.support.Ledger;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Another instance claiming from the same drop folder at the same time: every file is taken by exactly one. */
@QuarkusTest
class SharedDropFolderIT {

    @Inject
    DropFolders folders;

    @Test
    void everyFileIsClaimedByExactlyOneInstance() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        Path otherClaims = Files.createDirectories(folders.claimed().getParent().resolve("other-" + tag));
        FileClaimer other = new FileClaimer(otherClaims);
        Set<String> takenByOther = ConcurrentHashMap.newKeySet();
        // The other instance rescans every 149 ms, with the same minimum file age as this one.
        ScheduledExecutorService rival = Executors.newSingleThreadScheduledExecutor();
        rival.scheduleWithFixedDelay(
                () -> {
                    try (Stream<Path> files = Files.list(folders.drop())) {
                        for (Path file : files.filter(
                                        f -> f.getFileName().toString().startsWith("shared-" + tag))
                                .toList()) {
                            other.claim(file).ifPresent(c -> takenByOther.add(c.originalName()));
                        }
                    } catch (IOException e) {
                        // the folder changed under us: list again next round
                    }
                },
                0,
                149,
                TimeUnit.MILLISECONDS);
        List<String> names = new ArrayList<>();
        try {
            for (int i = 0; i < 20; i++) {
                String name = "shared-" + tag + "-" + i + ".txt";
                names.add(name);
                DropFiles.drop(folders.drop(), name, DropFiles.uniqueArticle("共享目录" + i));
            }
            await().atMost(Duration.ofSeconds(60))
                    .until(() -> names.stream()
                            .allMatch(n -> takenByOther.contains(n)
                                    || Ledger.documentNamed(n)
                                            .filter(d -> d.status == DocumentStatus.PROCESSED && d.finalName != null)
                                            .isPresent()));
        } finally {
            rival.shutdown();
            rival.awaitTermination(10, TimeUnit.SECONDS);
        }

        long processedHere =
                names.stream().filter(n -> !takenByOther.contains(n)).count();
        System.getLogger(SharedDropFolderIT.class.getName())
                .log(
                        System.Logger.Level.INFO,
                        "shared drop: this instance {0}, the other {1}",
                        processedHere,
                        takenByOther.size());
        for (String name : names) {
            boolean here = Ledger.documentNamed(name).isPresent();
            assertThat(here ^ takenByOther.contains(name)).as(name).isTrue();
            assertThat(folders.drop().resolve(name)).doesNotExist();
        }
    }

    /** The rival waits for the same minimum file age as the service. */
    private static boolean oldEnough(Path file) {
        try {
            return Files.getLastModifiedTime(file)
                    .toInstant()
                    .isBefore(Instant.now().minusMillis(200));
        } catch (IOException e) {
            return false;
        }
    }
}
