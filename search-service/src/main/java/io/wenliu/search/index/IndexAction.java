package io.wenliu.search.index;

/** One change to apply to the index for an article, guarded by the event's external version. */
public sealed interface IndexAction {

    /** The article id, used as document _id. */
    String articleId();

    /** The event version, used as the OpenSearch external version. */
    long version();

    /** Index (create or replace) the document. */
    record Upsert(String articleId, long version, ArticleDocument document) implements IndexAction {}

    /** Delete the document. */
    record Delete(String articleId, long version) implements IndexAction {}
}
