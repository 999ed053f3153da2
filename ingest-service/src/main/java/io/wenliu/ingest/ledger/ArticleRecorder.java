package io.wenliu.ingest.ledger;

import io.wenliu.ingest.article.ParsedArticle;
import io.wenliu.ingest.events.ArticleIngestedPayload;
import io.wenliu.ingest.events.EventTypes;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Records a document's parsed articles: article rows, duplicates by content hash, ArticleIngested outbox events. */
@ApplicationScoped
class ArticleRecorder {

    private final ContentHasher hasher = new ContentHasher();
    private final ScriptDetector scripts = new ScriptDetector();

    @Inject
    OutboxWriter outbox;

    @Inject
    LedgerConnections connections;

    /** See {@link DocumentLedger#recordArticles(UUID, String, String, String, List)}. */
    @Transactional
    RecordedDocument record(
            UUID documentId, String sourceFile, String contentType, String charset, List<ParsedArticle> articles) {
        Instant now = Instant.now();
        List<String> hashes = new ArrayList<>(articles.size());
        for (ParsedArticle parsed : articles) {
            hashes.add(hasher.hash(parsed.body()));
        }
        return connections.withConnection("recording document " + documentId, connection -> {
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
                    ArticleIngestedPayload payload = IngestedPayloads.payload(
                            documentId, sourceFile, parsed, hash, scripts.languageTag(parsed.body()), now);
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

    /** Stable article id for a segment of a document. */
    static String articleId(UUID documentId, int segmentIndex) {
        return "a-" + UUID.nameUUIDFromBytes((documentId + "#" + segmentIndex).getBytes(StandardCharsets.UTF_8));
    }
}
