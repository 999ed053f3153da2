package io.wenliu.ingest.support;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.wenliu.ingest.ledger.ArticleEntity;
import io.wenliu.ingest.ledger.DocumentEntity;
import io.wenliu.ingest.ledger.DocumentStatus;
import io.wenliu.ingest.ledger.OutboxEvent;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.awaitility.Awaitility;

/** Reads ledger rows in tests, each in its own transaction. */
public final class Ledger {

    private Ledger() {}

    /** The document that came from a file with this original name (the newest one). */
    public static Optional<DocumentEntity> documentNamed(String sourceFile) {
        return QuarkusTransaction.requiringNew()
                .call(() -> DocumentEntity.<DocumentEntity>find("sourceFile = ?1 order by receivedAt desc", sourceFile)
                        .firstResultOptional());
    }

    /** Waits until the newest document from a file with this name has one of the statuses and has been moved; returns it. */
    public static DocumentEntity awaitDocument(String sourceFile, DocumentStatus... statuses) {
        List<DocumentStatus> expected = List.of(statuses);
        Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .until(() -> documentNamed(sourceFile)
                        .filter(d -> expected.contains(d.status) && d.finalName != null)
                        .isPresent());
        return documentNamed(sourceFile).orElseThrow();
    }

    /** A document by id. */
    public static DocumentEntity document(UUID id) {
        return QuarkusTransaction.requiringNew().call(() -> DocumentEntity.byId(id));
    }

    /** Articles of a document. */
    public static List<ArticleEntity> articles(UUID documentId) {
        return QuarkusTransaction.requiringNew().call(() -> ArticleEntity.ofDocument(documentId));
    }

    /** One article by id. */
    public static ArticleEntity article(String id) {
        return QuarkusTransaction.requiringNew().call(() -> ArticleEntity.<ArticleEntity>findById(id));
    }

    /** Outbox rows of an article. */
    public static List<OutboxEvent> outbox(String articleId) {
        return QuarkusTransaction.requiringNew()
                .call(() -> OutboxEvent.<OutboxEvent>list("articleId = ?1 order by id", articleId));
    }
}
