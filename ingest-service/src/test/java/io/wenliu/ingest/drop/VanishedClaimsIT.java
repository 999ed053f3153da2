package io.wenliu.ingest.drop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.test.junit.QuarkusTest;
import io.wenliu.ingest.ledger.DocumentLedger;
import io.wenliu.ingest.ledger.DocumentOrigin;
import io.wenliu.ingest.ledger.DocumentStatus;
import io.wenliu.ingest.ledger.FailureReason;
import io.wenliu.ingest.support.Ledger;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A document still RECEIVED whose claimed folder is gone from every instance is failed with its reason by the rescan;
 * one whose folder another instance still holds is left alone.
 */
@QuarkusTest
class VanishedClaimsIT {

    @Inject
    DocumentLedger ledger;

    @Inject
    DropFolders folders;

    @Test
    void receivedDocumentWithoutItsClaimedFileFailsWithTheReason() throws Exception {
        UUID vanished = UUID.randomUUID();
        UUID elsewhere = UUID.randomUUID();
        Path otherInstance = folders.claimed().getParent().resolve("other-instance-" + UUID.randomUUID());
        Path held = otherInstance.resolve(elsewhere.toString());
        Files.createDirectories(held);
        Files.writeString(held.resolve("held.txt"), "另一个实例正在处理");
        ledger.register(vanished, "vanished.txt", DocumentOrigin.DROP, 10L);
        ledger.register(elsewhere, "held.txt", DocumentOrigin.DROP, 10L);
        try {
            await("the document without a claimed file is failed")
                    .atMost(Duration.ofSeconds(40))
                    .until(() -> Ledger.document(vanished).status == DocumentStatus.FAILED);

            assertThat(Ledger.document(vanished).failureReason).isEqualTo(FailureReason.IO_ERROR);
            assertThat(Ledger.document(vanished).errorMessage).contains("removed by hand");
            assertThat(Ledger.document(elsewhere).status)
                    .as("held by another instance")
                    .isEqualTo(DocumentStatus.RECEIVED);
        } finally {
            Files.deleteIfExists(held.resolve("held.txt"));
            Files.deleteIfExists(held);
            Files.deleteIfExists(otherInstance);
        }
    }
}
