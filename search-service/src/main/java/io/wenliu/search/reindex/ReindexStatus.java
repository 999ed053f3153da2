package io.wenliu.search.reindex;

import java.time.Instant;

/**
 * State of the latest reindex run. {@code deletedIndex} is the index the run deleted: the retired one after a
 * successful run (unless kept by configuration), the half-built one after a failed run.
 */
public record ReindexStatus(
        String state,
        String fromIndex,
        String toIndex,
        long recordsReplayed,
        Instant startedAt,
        Instant finishedAt,
        String deletedIndex,
        String error) {

    /** No reindex has run since start-up. */
    public static ReindexStatus idle() {
        return new ReindexStatus("IDLE", null, null, 0, null, null, null, null);
    }

    /** A run in progress. */
    static ReindexStatus running(String from, String to, long replayed, Instant started) {
        return new ReindexStatus("RUNNING", from, to, replayed, started, null, null, null);
    }
}
