package io.wenliu.ingest.ledger;

import io.wenliu.ingest.article.ParsedArticle;
import io.wenliu.ingest.events.ArticleDeletedPayload;
import io.wenliu.ingest.events.EventTypes;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiConsumer;

/**
 * Writes document and article rows together with their outbox events, one transaction per call. The document path
 * (register, record, final path) runs plain SQL without loading entities: register and final path are one statement
 * each, committed at once unless the caller has a transaction. {@link ArticleRecorder} writes the articles.
 */
@ApplicationScoped
public class DocumentLedger {

    /** Rows of filed documents fetched per round trip by {@link #forEachFileIn}. */
    static final int FILED_ROWS_PER_FETCH = 1000;

    @Inject
    OutboxWriter outbox;

    @Inject
    LedgerConnections connections;

    @Inject
    ArticleRecorder recorder;

    /** Creates the RECEIVED row for a document unless it exists; returns the row. */
    public DocumentRegistration register(UUID id, String sourceFile, DocumentOrigin origin, Long sizeBytes) {
        return connections.withConnection("registering document " + id, connection -> {
            if (DocumentRows.insertReceived(connection, id, sourceFile, origin, sizeBytes, Instant.now())) {
                return new DocumentRegistration(sourceFile, DocumentStatus.RECEIVED, null, null);
            }
            return DocumentRows.find(connection, id)
                    .orElseThrow(() -> new IllegalStateException("document " + id + " neither inserted nor found"));
        });
    }

    /** Like {@link #recordArticles(UUID, String, String, String, List)}, reading the source file from the row. */
    @Transactional
    public RecordedDocument recordArticles(
            UUID documentId, String contentType, String charset, List<ParsedArticle> articles) {
        String sourceFile = connections.withConnection(
                "reading document " + documentId,
                connection -> DocumentRows.find(connection, documentId)
                        .map(DocumentRegistration::sourceFile)
                        .orElseThrow(() -> new IllegalStateException("unknown document " + documentId)));
        return recorder.record(documentId, sourceFile, contentType, charset, articles);
    }

    /**
     * Records a registered document's articles: new content becomes INGESTED with an ArticleIngested outbox event,
     * content already live becomes DUPLICATE and is not published. One lookup of the live hashes, one batch per table
     * and one update of the document, all in the caller's or a new transaction.
     */
    @Transactional
    public RecordedDocument recordArticles(
            UUID documentId, String sourceFile, String contentType, String charset, List<ParsedArticle> articles) {
        return recorder.record(documentId, sourceFile, contentType, charset, articles);
    }

    /** Marks a document FAILED with its reason. */
    @Transactional
    public void recordFailure(UUID documentId, FailureReason reason, String message) {
        DocumentEntity document = DocumentEntity.byId(documentId);
        document.status = DocumentStatus.FAILED;
        document.failureReason = reason;
        document.errorMessage = message;
        document.finishedAt = Instant.now();
    }

    /** Documents still RECEIVED that arrived before {@code cutoff}. */
    public List<UUID> receivedBefore(Instant cutoff) {
        return connections.withConnection("listing documents still received", connection -> {
            List<UUID> ids = new ArrayList<>();
            try (PreparedStatement statement = connection.prepareStatement(
                    "select id from document where status = 'RECEIVED' and received_at < ?")) {
                statement.setTimestamp(1, Timestamp.from(cutoff));
                try (ResultSet result = statement.executeQuery()) {
                    while (result.next()) {
                        ids.add(result.getObject(1, UUID.class));
                    }
                }
            }
            return ids;
        });
    }

    /** Marks a document FAILED unless something moved it on from RECEIVED meanwhile; true when it did. */
    public boolean failIfStillReceived(UUID documentId, FailureReason reason, String message) {
        return connections.withConnection("failing document " + documentId, connection -> {
            try (PreparedStatement statement = connection.prepareStatement(
                    "update document set status = 'FAILED', failure_reason = ?, error_message = ?, finished_at = ?"
                            + " where id = ? and status = 'RECEIVED'")) {
                statement.setString(1, reason.name());
                statement.setString(2, message);
                statement.setTimestamp(3, Timestamp.from(Instant.now()));
                statement.setObject(4, documentId);
                return statement.executeUpdate() == 1;
            }
        });
    }

    /** Remembers where the document's file went: its folder (processed/ or failed/) and name there. */
    public void recordFinalPath(UUID documentId, Path finalPath) {
        connections.withConnection("recording the final path of document " + documentId, connection -> {
            DocumentRows.finalPath(
                    connection,
                    documentId,
                    finalPath.getFileName().toString(),
                    finalPath.toAbsolutePath().normalize().getParent().toString());
            return null;
        });
    }

    /**
     * Deletes a finished document: its live articles become DELETED with an ArticleDeleted outbox event each.
     * Returns the number of deleted articles, or -1 if the document was not in a deletable state.
     */
    @Transactional
    public int delete(UUID documentId, String reason) {
        Instant now = Instant.now();
        int changed = DocumentEntity.update(
                "status = ?1, deletedAt = ?2 where id = ?3 and status in ?4",
                DocumentStatus.DELETED,
                now,
                documentId,
                List.of(DocumentStatus.PROCESSED, DocumentStatus.DUPLICATE, DocumentStatus.FAILED));
        if (changed == 0) {
            return -1;
        }
        DocumentEntity document = DocumentEntity.byId(documentId);
        int deleted = 0;
        for (ArticleEntity article : ArticleEntity.ofDocument(documentId)) {
            if (article.status == ArticleStatus.DUPLICATE || article.deletedAt != null) {
                continue;
            }
            article.status = ArticleStatus.DELETED;
            article.deletedAt = now;
            outbox.add(
                    EventTypes.ARTICLE_DELETED,
                    article.id,
                    new ArticleDeletedPayload(documentId, document.sourceFile, reason),
                    now);
            deleted++;
        }
        return deleted;
    }

    /** How a known document arrived, if it is known. */
    @Transactional
    public Optional<DocumentOrigin> originOf(UUID documentId) {
        return Optional.ofNullable(DocumentEntity.byId(documentId)).map(d -> d.origin);
    }

    /**
     * Calls {@code action} with the id and file name of each live document whose file was moved into {@code
     * processedDir}, reading the rows through a cursor: {@value #FILED_ROWS_PER_FETCH} rows in memory at a time,
     * whatever the size of the archive.
     */
    @Transactional
    public void forEachFileIn(Path processedDir, BiConsumer<UUID, String> action) {
        String dir = processedDir.toAbsolutePath().normalize().toString();
        connections.withConnection("listing the documents filed in " + dir, connection -> {
            try (PreparedStatement select = connection.prepareStatement(
                    "select id, final_name from document where final_dir = ? and final_name is not null"
                            + " and status in ('PROCESSED', 'DUPLICATE')")) {
                select.setString(1, dir);
                select.setFetchSize(FILED_ROWS_PER_FETCH);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        action.accept(rows.getObject(1, UUID.class), rows.getString(2));
                    }
                }
            }
            return null;
        });
    }
}
