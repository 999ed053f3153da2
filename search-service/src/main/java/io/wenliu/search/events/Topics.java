package io.wenliu.search.events;

/** Kafka topic names the search service reads and writes. */
public final class Topics {

    /** Enriched articles from analysis-service (input). */
    public static final String ARTICLES_ENRICHED = "articles.enriched";

    /** Events that can never be indexed, with the reason in headers. */
    public static final String ARTICLES_ENRICHED_DLQ = "articles.enriched.dlq";

    /** One event per indexed or deleted article. */
    public static final String ARTICLES_INDEXED = "articles.indexed";

    /** Outgoing channel producing {@link #ARTICLES_INDEXED}. */
    public static final String ARTICLES_INDEXED_CHANNEL = "articles-indexed";

    /** Outgoing channel producing {@link #ARTICLES_ENRICHED_DLQ}. */
    public static final String ARTICLES_ENRICHED_DLQ_CHANNEL = "articles-enriched-dlq";

    private Topics() {}
}
