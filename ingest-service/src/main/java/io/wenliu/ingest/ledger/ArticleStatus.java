package io.wenliu.ingest.ledger;

/** How far an article got through the pipeline. */
public enum ArticleStatus {
    /** Recorded, its event waits in the outbox. */
    INGESTED,
    /** Its ArticleIngested event is on Kafka. */
    PUBLISHED,
    /** analysis-service reported it enriched. */
    ENRICHED,
    /** search-service reported it indexed. */
    INDEXED,
    /** Same content as an earlier live article; not published. */
    DUPLICATE,
    /** Deleted; an ArticleDeleted event was queued. */
    DELETED,
    /** Its ArticleIngested event can never be sent (larger than the broker accepts); the outbox row keeps the error. */
    UNDELIVERABLE
}
