package io.wenliu.analysis.events;

/** Topic and channel names used by code and tests. */
public final class Topics {
    public static final String INGESTED = "articles.ingested";
    public static final String ENRICHED = "articles.enriched";
    public static final String INGESTED_DLQ = "articles.ingested.dlq";

    /** Channel consuming {@link #INGESTED}. */
    public static final String INGESTED_CHANNEL = "articles-ingested";
    /** Channel producing {@link #ENRICHED}. */
    public static final String ENRICHED_CHANNEL = "articles-enriched";
    /** Channel producing {@link #INGESTED_DLQ}. */
    public static final String DLQ_CHANNEL = "articles-ingested-dlq";

    private Topics() {}
}
