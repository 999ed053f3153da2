package io.wenliu.ingest.events;

/** Event type names and their CloudEvents attributes. */
public final class EventTypes {

    /** An article was ingested and should be analysed and indexed. */
    public static final String ARTICLE_INGESTED = "ArticleIngested";

    /** An article's source went away; search should drop it. */
    public static final String ARTICLE_DELETED = "ArticleDeleted";

    /** Schema version of the envelopes and payloads this service produces. */
    public static final int SCHEMA_VERSION = 1;

    /** CloudEvents source attribute of this service. */
    public static final String CE_SOURCE = "/wenliu/ingest-service";

    private EventTypes() {}

    /** CloudEvents type attribute for an event type, e.g. {@code io.wenliu.ArticleIngested.v1}. */
    public static String cloudEventType(String eventType) {
        return "io.wenliu." + eventType + ".v" + SCHEMA_VERSION;
    }
}
