package io.wenliu.ingest.drop;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.wenliu.ingest.article.ArticleExtractor;
import io.wenliu.ingest.ledger.DocumentLedger;
import io.wenliu.ingest.ledger.DocumentOrigin;
import io.wenliu.ingest.ledger.DocumentStatus;
import io.wenliu.ingest.support.Ledger;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Only files of this instance's processed/ folder count: a document filed elsewhere is never deleted by it. */
@QuarkusTest
class ProcessedFolderMonitorIT {

    @Inject
    DocumentLedger ledger;

    @Inject
    ProcessedFolderMonitor monitor;

    @Inject
    DropFolders folders;

    @Test
    void documentsFiledInAnotherFolderAreLeftAlone() {
        UUID elsewhere = record(Path.of("/nonexistent/other-instance/processed/a.txt"));
        UUID here = record(Path.of("target/test-data/processed/gone-" + UUID.randomUUID() + ".txt"));

        monitor.check();

        assertThat(Ledger.document(elsewhere).status).isEqualTo(DocumentStatus.PROCESSED);
        assertThat(Ledger.document(here).status).isEqualTo(DocumentStatus.DELETED);
    }

    @Test
    void documentsWhoseFileIsStillThereAreKept() throws Exception {
        Path file = Path.of("target/test-data/processed/kept-" + UUID.randomUUID() + ".txt");
        Files.createDirectories(file.getParent());
        Files.writeString(file, "标题\n正文。");
        UUID kept = record(file);
        UUID gone = record(Path.of("target/test-data/processed/gone-" + UUID.randomUUID() + ".txt"));

        monitor.check();

        assertThat(Ledger.document(kept).status).isEqualTo(DocumentStatus.PROCESSED);
        assertThat(Ledger.document(gone).status).isEqualTo(DocumentStatus.DELETED);
    }

    @Test
    void aDocumentWhoseFinalPlaceIsRecordedButWhoseFileIsStillClaimedIsKept() throws Exception {
        UUID moving = record(Path.of("target/test-data/processed/moving-" + UUID.randomUUID() + ".txt"));
        Path claimed = folders.claimed().resolve(moving.toString());
        Files.createDirectories(claimed);
        Files.writeString(claimed.resolve("moving.txt"), "标题\n正文。");
        UUID gone = record(Path.of("target/test-data/processed/gone-" + UUID.randomUUID() + ".txt"));
        try {
            monitor.check();
        } finally {
            Files.delete(claimed.resolve("moving.txt"));
            Files.delete(claimed);
        }

        assertThat(Ledger.document(moving).status).isEqualTo(DocumentStatus.PROCESSED);
        assertThat(Ledger.document(gone).status).isEqualTo(DocumentStatus.DELETED);
    }

    @Test
    void theLedgerStreamsEveryFiledDocumentAcrossManyFetches() throws Exception {
        Path dir = Path.of("target/test-data/processed-many-" + UUID.randomUUID());
        Set<UUID> filed = new HashSet<>();
        for (int i = 0; i < 2_500; i++) {
            UUID id = UUID.randomUUID();
            ledger.register(id, "page-" + i + ".txt", DocumentOrigin.DROP, 10L);
            ledger.recordArticles(id, "text/plain", "UTF-8", List.of());
            ledger.recordFinalPath(id, dir.resolve("page-" + i + ".txt"));
            filed.add(id);
        }
        Map<UUID, String> seen = new HashMap<>();

        ledger.forEachFileIn(dir, seen::put);

        assertThat(seen.keySet()).isEqualTo(filed);
        assertThat(seen.values()).contains("page-0.txt", "page-2499.txt").doesNotHaveDuplicates();
    }

    private UUID record(Path finalPath) {
        UUID id = UUID.randomUUID();
        ledger.register(id, finalPath.getFileName().toString(), DocumentOrigin.DROP, 10L);
        ledger.recordArticles(
                id, "text/plain", "UTF-8", new ArticleExtractor().extract("标题\n正文" + UUID.randomUUID() + "。"));
        ledger.recordFinalPath(id, finalPath);
        return id;
    }
}
