package io.wenliu.search.index;

/** What happened to one index action in a bulk request. */
public record ActionResult(IndexAction action, Outcome outcome, String reason) {

    /** Classification of a bulk item result. */
    public enum Outcome {
        /** Applied, or skipped because the index already holds this or a newer version. */
        DONE,
        /** Failed for a reason that may pass (overload, unavailable shard): try again. */
        RETRY,
        /** Can never succeed (e.g. mapping error): dead-letter it. */
        REJECTED
    }
}
