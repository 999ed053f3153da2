package io.wenliu.ingest.drop;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.wenliu.ingest.ledger.DocumentEntity;
import io.wenliu.ingest.ledger.DocumentStatus;
import io.wenliu.ingest.support.DropFiles;
import io.wenliu.ingest.support.Ledger;
import jakarta.inject.Inject;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A file is claimed only once it has settled: same size and modification time over min-file-age (200 ms in tests). */
@QuarkusTest
class DropSettlingIT {

    @Inject
    DropFolders folders;

    @Test
    void aFileStillGrowingIsNotClaimedEvenWhenItsModificationTimeIsOld() throws Exception {
        String name = "growing-" + UUID.randomUUID() + ".txt";
        Path file = folders.drop().resolve(name);
        byte[] content = DropFiles.uniqueArticle("逐步写入的文章").getBytes(StandardCharsets.UTF_8);
        FileTime preserved = FileTime.from(Instant.now().minus(Duration.ofHours(1)));
        int slices = 8;
        int step = (content.length + slices - 1) / slices;
        try (OutputStream out = Files.newOutputStream(file)) {
            for (int from = 0; from < content.length; from += step) {
                out.write(Arrays.copyOfRange(content, from, Math.min(content.length, from + step)));
                out.flush();
                // a copy that keeps the source's modification time, e.g. cp --preserve=timestamps over a slow link
                Files.setLastModifiedTime(file, preserved);
                assertThat(file)
                        .as("still in the drop folder after %d of %d bytes", from, content.length)
                        .exists();
                Thread.sleep(100); // the writer's pace, below min-file-age: not a wait for the service
            }
        }

        DocumentEntity document = Ledger.awaitDocument(name, DocumentStatus.PROCESSED);
        assertThat(document.sizeBytes).as("claimed only when complete").isEqualTo(content.length);
        assertThat(Ledger.articles(document.id).get(0).title).isEqualTo("逐步写入的文章");
    }
}
