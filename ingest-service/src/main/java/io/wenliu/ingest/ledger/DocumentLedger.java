package io.wenliu.ingest.ledger;

import io.agroal.api.AgroalDataSource;
import io.wenliu.ingest.article.Dateline;
import io.wenliu.ingest.article.ParsedArticle;
import io.wenliu.ingest.events.ArticleDeletedPayload;
import io.wenliu.ingest.events.ArticleIngestedPayload;
import io.wenliu.ingest.events.CreditPayload;
import io.wenliu.ingest.events.DatelinePayload;
import io.wenliu.ingest.events.EventTypes;
import io.wenliu.ingest.outbox.OutboxWriter;
import io.wenliu.ingest.outbox.PendingEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.SessionFactory;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.jdbc.ReturningWork;

/**
 * Writes document and article rows together with their outbox events, one transaction per call. The document path
 * (register, record, final path) runs plain SQL without loading entities: register and final path are one statement
 * each, committed at once unless the caller has a transaction.
 */
@ApplicationScoped
public class DocumentLedger {

    private final ContentHasher hasher = new ContentHasher();
    private final ScriptDetector scripts = new ScriptDetector();

    @Inject
    OutboxWriter outbox;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    SessionFactory sessionFactory;

    /** Creates the RECEIVED row for a document unless it exists; returns the row. */
    public DocumentRegistration register(UUID id, String sourceFile, DocumentOrigin origin, Long sizeBytes) {
        return withConnection("registering document " + id, connection -> {
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
        String sourceFile = withConnection(
                "reading document " + documentId,
                connection -> DocumentRows.find(connection, documentId)
                        .map(DocumentRegistration::sourceFile)
                        .orElseThrow(() -> new IllegalStateException("unknown document " + documentId)));
        return recordArticles(documentId, sourceFile, contentType, charset, articles);
    }

    /**
     * Records a registered document's articles: new content becomes INGESTED with an ArticleIngested outbox event,
     * content already live becomes DUPLICATE and is not published. One lookup of the live hashes, one batch per table
     * and one update of the document, all in the caller's or a new transaction.
     */
    @Transactional
    public RecordedDocument recordArticles(
            UUID documentId, String sourceFile, String contentType, String charset, List<ParsedArticle> articles) {
        Instant now = Instant.now();
        List<String> hashes = new ArrayList<>(articles.size());
        for (ParsedArticle parsed : articles) {
            hashes.add(hasher.hash(parsed.body()));
        }
        return withConnection("recording document " + documentId, connection -> {
            Map<String, String> earlier = ArticleRows.liveByHash(connection, new HashSet<>(hashes));
            List<ArticleRows.Row> rows = new ArrayList<>(articles.size());
            List<PendingEvent> events = new ArrayList<>(articles.size());
            for (int i = 0; i < articles.size(); i++) {
                ParsedArticle parsed = articles.get(i);
                String hash = hashes.get(i);
                String id = articleId(documentId, parsed.segmentIndex());
                String duplicateOf = earlier.putIfAbsent(hash, id);
                rows.add(new ArticleRows.Row(
                        id,
                        documentId,
                        parsed.segmentIndex(),
                        parsed.title(),
                        hash,
                        duplicateOf == null ? ArticleStatus.INGESTED : ArticleStatus.DUPLICATE,
                        duplicateOf,
                        now));
                if (duplicateOf == null) {
                    ArticleIngestedPayload payload =
                            payload(documentId, sourceFile, parsed, hash, scripts.languageTag(parsed.body()), now);
                    events.add(new PendingEvent(EventTypes.ARTICLE_INGESTED, id, payload, now));
                }
            }
            ArticleRows.insert(connection, rows);
            outbox.addAll(connection, events);
            int published = events.size();
            DocumentStatus status = published == 0 ? DocumentStatus.DUPLICATE : DocumentStatus.PROCESSED;
            DocumentRows.finish(connection, documentId, status, contentType, charset, now);
            return new RecordedDocument(status, published, articles.size() - published);
        });
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
        return withConnection("listing documents still received", connection -> {
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
        return withConnection("failing document " + documentId, connection -> {
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
        withConnection("recording the final path of document " + documentId, connection -> {
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

    /** Live documents whose file was moved into {@code processedDir}: id and file name there. */
    @Transactional
    public Map<UUID, String> filesIn(Path processedDir) {
        String dir = processedDir.toAbsolutePath().normalize().toString();
        return withConnection("listing the documents filed in " + dir, connection -> {
            Map<UUID, String> files = new HashMap<>();
            try (PreparedStatement select = connection.prepareStatement(
                    "select id, final_name from document where final_dir = ? and final_name is not null"
                            + " and status in ('PROCESSED', 'DUPLICATE')")) {
                select.setString(1, dir);
                select.setFetchSize(10_000);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        files.put(rows.getObject(1, UUID.class), rows.getString(2));
                    }
                }
            }
            return files;
        });
    }

    /** Stable article id for a segment of a document. */
    static String articleId(UUID documentId, int segmentIndex) {
        return "a-" + UUID.nameUUIDFromBytes((documentId + "#" + segmentIndex).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Runs plain SQL on a connection of the data source: the current transaction's if there is one (the pool enlists
     * it and hands the same connection to Hibernate), else one that commits each statement. A failure becomes the
     * exception Hibernate throws for it (e.g. ConstraintViolationException, JDBCConnectionException), which callers
     * tell apart.
     */
    private <T> T withConnection(String what, ReturningWork<T> work) {
        try (Connection connection = dataSource.getConnection()) {
            return work.execute(connection);
        } catch (SQLException e) {
            throw sessionFactory
                    .unwrap(SessionFactoryImplementor.class)
                    .getJdbcServices()
                    .getSqlExceptionHelper()
                    .convert(e, what);
        }
    }

    private static ArticleIngestedPayload payload(
            UUID documentId, String sourceFile, ParsedArticle parsed, String hash, String languageHint, Instant now) {
        return new ArticleIngestedPayload(
                documentId,
                sourceFile,
                parsed.segmentIndex(),
                parsed.title(),
                parsed.subtitle(),
                parsed.authors(),
                parsed.byline(),
                parsed.source(),
                parsed.coSource(),
                datelinePayload(parsed.dateline()),
                parsed.body(),
                hash,
                languageHint,
                now,
                parsed.credits().stream()
                        .map(c -> new CreditPayload(c.role(), c.name()))
                        .toList());
    }

    private static DatelinePayload datelinePayload(Dateline d) {
        return d == null
                ? null
                : new DatelinePayload(
                        d.raw(),
                        d.agency(),
                        d.place(),
                        d.date(),
                        d.isoDate(),
                        d.year(),
                        d.month(),
                        d.day(),
                        d.yearSource() == null ? null : d.yearSource().wireName(),
                        d.yearEvidence());
    }
}
