package io.wenliu.ingest.pipeline;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Scope;
import io.wenliu.ingest.article.ArticleExtractor;
import io.wenliu.ingest.article.ParsedArticle;
import io.wenliu.ingest.drop.ClaimedFile;
import io.wenliu.ingest.drop.DropFolders;
import io.wenliu.ingest.drop.FailureSidecar;
import io.wenliu.ingest.drop.NoClobberMover;
import io.wenliu.ingest.extract.DocumentRejectedException;
import io.wenliu.ingest.extract.DocumentTextReader;
import io.wenliu.ingest.extract.ExtractedText;
import io.wenliu.ingest.ledger.DocumentLedger;
import io.wenliu.ingest.ledger.DocumentRegistration;
import io.wenliu.ingest.ledger.DocumentStatus;
import io.wenliu.ingest.ledger.FailureReason;
import io.wenliu.ingest.ledger.RecordedDocument;
import io.wenliu.ingest.metrics.IngestMetrics;
import io.wenliu.platform.errors.Causes;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.sql.SQLException;
import java.sql.SQLTransientException;
import java.util.List;
import org.hibernate.exception.ConstraintViolationException;
import org.hibernate.exception.JDBCConnectionException;
import org.jboss.logging.Logger;

/** Processes one claimed file: read, extract articles, record in the ledger + outbox, move to processed/ or failed/. */
@ApplicationScoped
public class DocumentProcessor {

    private static final Logger LOG = Logger.getLogger(DocumentProcessor.class);

    @Inject
    DocumentLedger ledger;

    @Inject
    DocumentTextReader reader;

    @Inject
    ArticleExtractor extractor;

    @Inject
    DropFolders folders;

    @Inject
    IngestMetrics metrics;

    @Inject
    Tracer tracer;

    @Inject
    ArticleSizeLimit sizeLimit;

    /** Processes the file; a file already recorded (resumed after a crash) is only moved. */
    public ProcessingResult process(ClaimedFile file) throws IOException {
        DocumentRegistration existing =
                ledger.register(file.documentId(), file.originalName(), file.origin(), size(file.path()));
        ProcessingResult result = existing.status() == DocumentStatus.RECEIVED
                ? ingest(file, existing.sourceFile())
                : new ProcessingResult(
                        file.documentId(),
                        existing.status(),
                        0,
                        0,
                        existing.failureReason(),
                        existing.errorMessage(),
                        null);
        Path finalPath = moveAway(file, result);
        log(file, result, finalPath);
        return new ProcessingResult(
                result.documentId(),
                result.status(),
                result.published(),
                result.duplicates(),
                result.reason(),
                result.message(),
                finalPath);
    }

    private ProcessingResult ingest(ClaimedFile file, String sourceFile) {
        try {
            ReadDocument read = readArticles(file);
            RecordedDocument recorded = recordWithRetry(file, sourceFile, read);
            for (int i = 0; i < recorded.duplicates(); i++) {
                metrics.duplicate();
            }
            return new ProcessingResult(
                    file.documentId(),
                    recorded.status(),
                    recorded.published(),
                    recorded.duplicates(),
                    null,
                    null,
                    null);
        } catch (DocumentRejectedException e) {
            return fail(file, e.reason(), e.getMessage());
        } catch (IOException e) {
            return fail(file, FailureReason.IO_ERROR, "cannot read file: " + e);
        } catch (RuntimeException e) {
            if (isDatabaseFailure(e)) {
                throw e; // leave the file claimed; it is resumed on the next rescan
            }
            // Anything else (including the database refusing this data) fails the document; should recording the
            // failure fail too, the file stays claimed and is retried.
            LOG.errorf(e, "unexpected error while processing %s", file.originalName());
            return fail(file, FailureReason.INTERNAL_ERROR, "internal error: " + e);
        }
    }

    private ReadDocument readArticles(ClaimedFile file) throws IOException, DocumentRejectedException {
        if (!Files.isRegularFile(file.path(), LinkOption.NOFOLLOW_LINKS)) {
            throw new DocumentRejectedException(
                    FailureReason.NOT_A_FILE, "not a regular file (a directory or a symbolic link)");
        }
        reader.check(file.originalName(), Files.size(file.path()));
        ExtractedText text;
        Span extraction = tracer.spanBuilder("extract text").startSpan();
        try (Scope scope = extraction.makeCurrent()) {
            text = reader.read(file.originalName(), Files.readAllBytes(file.path()));
        } finally {
            extraction.end();
        }
        List<ParsedArticle> articles;
        Span splitting = tracer.spanBuilder("split articles").startSpan();
        try (Scope scope = splitting.makeCurrent()) {
            articles = extractor.extract(text.text(), text.created());
            splitting.setAttribute("wenliu.articles", articles.size());
        } finally {
            splitting.end();
        }
        if (articles.isEmpty()) {
            throw new DocumentRejectedException(FailureReason.NO_ARTICLES, "no article found in the text");
        }
        sizeLimit.check(articles);
        return new ReadDocument(text, articles);
    }

    private RecordedDocument recordWithRetry(ClaimedFile file, String sourceFile, ReadDocument read) {
        ExtractedText text = read.text();
        List<ParsedArticle> articles = read.articles();
        try {
            return ledger.recordArticles(file.documentId(), sourceFile, text.mediaType(), text.charset(), articles);
        } catch (RuntimeException e) {
            if (!Causes.has(e, ConstraintViolationException.class)) {
                throw e;
            }
            // Another instance published the same content concurrently: a second pass sees it as a duplicate.
            return ledger.recordArticles(file.documentId(), sourceFile, text.mediaType(), text.charset(), articles);
        }
    }

    private ProcessingResult fail(ClaimedFile file, FailureReason reason, String message) {
        ledger.recordFailure(file.documentId(), reason, message);
        metrics.failure(reason);
        return new ProcessingResult(file.documentId(), DocumentStatus.FAILED, 0, 0, reason, message, null);
    }

    /**
     * Moves the file to processed/ or failed/. Where it goes is recorded first and the file moved after: should the
     * database or the service fail in between, the file is still claimed and the next rescan finishes the move, so
     * the ledger never lacks the place of a file that has left claimed/.
     */
    private Path moveAway(ClaimedFile file, ProcessingResult result) throws IOException {
        Path claimedDir = file.path().getParent();
        if (!Files.exists(file.path(), LinkOption.NOFOLLOW_LINKS)) {
            Files.deleteIfExists(claimedDir);
            return null;
        }
        boolean failed = result.status() == DocumentStatus.FAILED;
        Path dir = failed ? folders.failed() : folders.processed();
        Path target;
        do {
            target = NoClobberMover.freeName(dir, file.originalName());
            ledger.recordFinalPath(file.documentId(), target);
        } while (!NoClobberMover.moveTo(file.path(), target));
        if (failed) {
            FailureSidecar.write(target, file.documentId(), file.originalName(), result.reason(), result.message());
        }
        Files.deleteIfExists(claimedDir);
        return target;
    }

    private static void log(ClaimedFile file, ProcessingResult result, Path finalPath) {
        if (result.status() == DocumentStatus.FAILED) {
            LOG.warnf(
                    "document %s \"%s\" (%s): FAILED %s: %s -> %s",
                    file.documentId(),
                    file.originalName(),
                    file.origin(),
                    result.reason(),
                    result.message(),
                    finalPath);
        } else if (LOG.isInfoEnabled()) {
            // Concatenated rather than formatted: one line per document, formatting cost more than the rest.
            LOG.info("document " + file.documentId() + " \"" + file.originalName() + "\" (" + file.origin() + "): "
                    + result.status() + ", " + result.published() + " article(s) queued, " + result.duplicates()
                    + " duplicate(s) -> " + finalPath);
        }
    }

    /** Text and articles read from a file. */
    private record ReadDocument(ExtractedText text, List<ParsedArticle> articles) {}

    private static Long size(Path path) {
        try {
            return Files.isRegularFile(path) ? Files.size(path) : null;
        } catch (IOException e) {
            return null;
        }
    }

    /** Whether the database is unreachable (connection, shutdown, resources), as opposed to refusing this data. */
    private static boolean isDatabaseFailure(RuntimeException e) {
        if (Causes.has(e, JDBCConnectionException.class) || Causes.has(e, SQLTransientException.class)) {
            return true;
        }
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                String state = sql.getSQLState();
                if (state.startsWith("08") || state.startsWith("57") || state.startsWith("53")) {
                    return true;
                }
            }
        }
        return false;
    }
}
