package io.wenliu.ingest.rest;

import io.wenliu.ingest.ledger.ArticleEntity;
import io.wenliu.ingest.ledger.DocumentEntity;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** JSON views of the ledger returned by the documents API. */
public final class DocumentViews {

    private DocumentViews() {}

    /** Answer to an accepted upload. */
    public record Accepted(UUID id, String status, String statusUrl) {}

    /** Answer to a delete. */
    public record Deleted(UUID id, String status, int deletedArticles) {}

    /** Why a document failed. */
    public record ErrorView(String reason, String message) {}

    /** One article and how far it got through the pipeline. */
    public record ArticleView(
            String id,
            int segmentIndex,
            String title,
            String status,
            String contentHash,
            String duplicateOf,
            Instant createdAt,
            Instant publishedAt,
            Instant enrichedAt,
            Instant indexedAt,
            Instant deletedAt) {

        static ArticleView of(ArticleEntity a) {
            return new ArticleView(
                    a.id,
                    a.segmentIndex,
                    a.title,
                    a.status.name(),
                    a.contentHash,
                    a.duplicateOf,
                    a.createdAt,
                    a.publishedAt,
                    a.enrichedAt,
                    a.indexedAt,
                    a.deletedAt);
        }
    }

    /** A document with its status, timestamps, error and articles. */
    public record DocumentView(
            UUID id,
            String sourceFile,
            String origin,
            String status,
            Long sizeBytes,
            String contentType,
            String charset,
            String storedAs,
            Instant receivedAt,
            Instant finishedAt,
            Instant deletedAt,
            ErrorView error,
            List<ArticleView> articles) {

        static DocumentView of(DocumentEntity d, List<ArticleEntity> articles) {
            return new DocumentView(
                    d.id,
                    d.sourceFile,
                    d.origin.name(),
                    d.status.name(),
                    d.sizeBytes,
                    d.contentType,
                    d.charset,
                    d.finalName,
                    d.receivedAt,
                    d.finishedAt,
                    d.deletedAt,
                    d.failureReason == null ? null : new ErrorView(d.failureReason.name(), d.errorMessage),
                    articles.stream().map(ArticleView::of).toList());
        }
    }

    /** A line in the document list. */
    public record DocumentSummary(
            UUID id,
            String sourceFile,
            String origin,
            String status,
            Instant receivedAt,
            Instant finishedAt,
            String error) {

        static DocumentSummary of(DocumentEntity d) {
            return new DocumentSummary(
                    d.id,
                    d.sourceFile,
                    d.origin.name(),
                    d.status.name(),
                    d.receivedAt,
                    d.finishedAt,
                    d.failureReason == null ? null : d.failureReason.name());
        }
    }

    /** One page of the document list, newest first. */
    public record DocumentPage(int page, int size, long total, List<DocumentSummary> items) {}
}
