package io.wenliu.ingest.ledger;

import io.wenliu.ingest.events.ArticleDeletedPayload;
import io.wenliu.ingest.events.ArticleIngestedPayload;
import io.wenliu.ingest.events.DatelinePayload;
import io.wenliu.ingest.events.EventTypes;
import io.wenliu.ingest.outbox.OutboxWriter;
import io.wenliu.ingest.text.ContentHasher;
import io.wenliu.ingest.text.Dateline;
import io.wenliu.ingest.text.ParsedArticle;
import io.wenliu.ingest.text.ScriptDetector;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Writes document and article rows together with their outbox events, one transaction per call. */
@ApplicationScoped
public class DocumentLedger {

    private final ContentHasher hasher = new ContentHasher();
    private final ScriptDetector scripts = new ScriptDetector();

    @Inject
    OutboxWriter outbox;

    /** Creates the RECEIVED row for a document unless it exists; returns the row. */
    @Transactional
    public DocumentEntity register(UUID id, String sourceFile, DocumentOrigin origin, Long sizeBytes) {
        DocumentEntity existing = DocumentEntity.byId(id);
        if (existing != null) {
            return existing;
        }
        DocumentEntity document = new DocumentEntity();
        document.id = id;
        document.sourceFile = sourceFile;
        document.origin = origin;
        document.status = DocumentStatus.RECEIVED;
        document.sizeBytes = sizeBytes;
        document.receivedAt = Instant.now();
        document.persist();
        return document;
    }

    /**
     * Records a document's articles: new content becomes INGESTED with an ArticleIngested outbox event, content
     * already live becomes DUPLICATE and is not published.
     */
    @Transactional
    public RecordedDocument recordArticles(
            UUID documentId, String contentType, String charset, List<ParsedArticle> articles) {
        DocumentEntity document = DocumentEntity.byId(documentId);
        Instant now = Instant.now();
        Map<String, String> seenInDocument = new HashMap<>();
        int published = 0;
        int duplicates = 0;
        for (ParsedArticle parsed : articles) {
            ArticleEntity article = new ArticleEntity();
            article.id = articleId(documentId, parsed.segmentIndex());
            article.documentId = documentId;
            article.segmentIndex = parsed.segmentIndex();
            article.title = parsed.title();
            article.contentHash = hasher.hash(parsed.body());
            article.createdAt = now;
            String earlier = seenInDocument.get(article.contentHash);
            if (earlier == null) {
                earlier = ArticleEntity.liveByHash(article.contentHash)
                        .map(a -> a.id)
                        .orElse(null);
            }
            if (earlier != null) {
                article.status = ArticleStatus.DUPLICATE;
                article.duplicateOf = earlier;
                duplicates++;
            } else {
                article.status = ArticleStatus.INGESTED;
                seenInDocument.put(article.contentHash, article.id);
                published++;
            }
            article.persist();
            if (article.status == ArticleStatus.INGESTED) {
                outbox.add(
                        EventTypes.ARTICLE_INGESTED,
                        article.id,
                        payload(document, parsed, article.contentHash, scripts.languageTag(parsed.body()), now),
                        now);
            }
        }
        document.status = published == 0 ? DocumentStatus.DUPLICATE : DocumentStatus.PROCESSED;
        document.contentType = contentType;
        document.charset = charset;
        document.finishedAt = now;
        return new RecordedDocument(document.status, published, duplicates);
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

    /** Remembers where the document's file went: its folder (processed/ or failed/) and name there. */
    @Transactional
    public void recordFinalPath(UUID documentId, Path finalPath) {
        DocumentEntity.update(
                "finalName = ?1, finalDir = ?2 where id = ?3",
                finalPath.getFileName().toString(),
                finalPath.toAbsolutePath().normalize().getParent().toString(),
                documentId);
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
        Map<UUID, String> files = new HashMap<>();
        DocumentEntity.<DocumentEntity>stream(
                        "finalDir = ?1 and finalName is not null and status in ?2",
                        processedDir.toAbsolutePath().normalize().toString(),
                        List.of(DocumentStatus.PROCESSED, DocumentStatus.DUPLICATE))
                .forEach(d -> files.put(d.id, d.finalName));
        return files;
    }

    /** Stable article id for a segment of a document. */
    static String articleId(UUID documentId, int segmentIndex) {
        return "a-" + UUID.nameUUIDFromBytes((documentId + "#" + segmentIndex).getBytes(StandardCharsets.UTF_8));
    }

    private static ArticleIngestedPayload payload(
            DocumentEntity document, ParsedArticle parsed, String hash, String languageHint, Instant now) {
        Dateline d = parsed.dateline();
        return new ArticleIngestedPayload(
                document.id,
                document.sourceFile,
                parsed.segmentIndex(),
                parsed.title(),
                parsed.subtitle(),
                parsed.authors() == null ? List.of() : parsed.authors(),
                parsed.byline(),
                parsed.source(),
                parsed.coSource(),
                d == null ? null : new DatelinePayload(d.raw(), d.agency(), d.place(), d.date(), d.isoDate()),
                parsed.body(),
                hash,
                languageHint,
                now);
    }
}
