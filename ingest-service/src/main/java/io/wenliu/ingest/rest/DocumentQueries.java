package io.wenliu.ingest.rest;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import io.wenliu.ingest.ledger.ArticleEntity;
import io.wenliu.ingest.ledger.DocumentEntity;
import io.wenliu.ingest.ledger.DocumentStatus;
import io.wenliu.ingest.rest.DocumentViews.DocumentPage;
import io.wenliu.ingest.rest.DocumentViews.DocumentSummary;
import io.wenliu.ingest.rest.DocumentViews.DocumentView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Optional;
import java.util.UUID;

/** Read-only ledger queries behind the documents API. */
@ApplicationScoped
public class DocumentQueries {

    /** A document with its articles. */
    @Transactional
    public Optional<DocumentView> find(UUID id) {
        return Optional.ofNullable(DocumentEntity.byId(id)).map(d -> DocumentView.of(d, ArticleEntity.ofDocument(id)));
    }

    /** A page of documents, newest first, optionally with one status. */
    @Transactional
    public DocumentPage list(Optional<DocumentStatus> status, int page, int size) {
        Sort sort = Sort.descending("receivedAt").and("id");
        PanacheQuery<DocumentEntity> query =
                status.isPresent() ? DocumentEntity.find("status", sort, status.get()) : DocumentEntity.findAll(sort);
        query.page(Page.of(page, size));
        return new DocumentPage(
                page,
                size,
                query.count(),
                query.list().stream().map(DocumentSummary::of).toList());
    }
}
