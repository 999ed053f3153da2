package io.wenliu.ingest.events;

/** Kafka topic names used by the ingest service. */
public final class Topics {

    /** Topic this service produces: ArticleIngested and ArticleDeleted events. */
    public static final String ARTICLES_INGESTED = "articles.ingested";

    /** Topic produced by analysis-service, read for pipeline status. */
    public static final String ARTICLES_ENRICHED = "articles.enriched";

    /** Topic produced by search-service, read for pipeline status. */
    public static final String ARTICLES_INDEXED = "articles.indexed";

    /**
     * Topic this service produces for status records from articles.enriched or articles.indexed that it cannot read;
     * the original topic is in the {@code dlq-original-topic} header.
     */
    public static final String ARTICLES_STATUS_DLQ = "articles.status.dlq";

    private Topics() {}
}
