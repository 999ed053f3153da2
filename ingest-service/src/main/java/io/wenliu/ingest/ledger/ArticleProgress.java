package io.wenliu.ingest.ledger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;

/** Moves articles forward through the pipeline statuses; never backwards. */
@ApplicationScoped
public class ArticleProgress {

    /** The ArticleIngested event of the article reached Kafka. */
    @Transactional
    public void markPublished(String articleId, Instant at) {
        ArticleEntity.update(
                "publishedAt = coalesce(publishedAt, ?1), status = case when status = ?2 then ?3 else status end"
                        + " where id = ?4",
                at,
                ArticleStatus.INGESTED,
                ArticleStatus.PUBLISHED,
                articleId);
    }

    /** analysis-service enriched the article; returns whether the article is known. */
    @Transactional
    public boolean markEnriched(String articleId, Instant at) {
        return ArticleEntity.update(
                        "enrichedAt = coalesce(enrichedAt, ?1), status = case when status in ?2 then ?3 else status end"
                                + " where id = ?4",
                        at,
                        List.of(ArticleStatus.INGESTED, ArticleStatus.PUBLISHED),
                        ArticleStatus.ENRICHED,
                        articleId)
                > 0;
    }

    /** search-service indexed the article; returns whether the article is known. */
    @Transactional
    public boolean markIndexed(String articleId, Instant at) {
        return ArticleEntity.update(
                        "indexedAt = coalesce(indexedAt, ?1), status = case when status in ?2 then ?3 else status end"
                                + " where id = ?4",
                        at,
                        List.of(ArticleStatus.INGESTED, ArticleStatus.PUBLISHED, ArticleStatus.ENRICHED),
                        ArticleStatus.INDEXED,
                        articleId)
                > 0;
    }
}
