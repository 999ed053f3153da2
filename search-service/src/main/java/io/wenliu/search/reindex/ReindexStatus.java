package io.wenliu.search.reindex;

import java.time.Instant;

/** State of the latest reindex run. */
public record ReindexStatus(
        String state,
        String fromIndex,
        String toIndex,
        long recordsReplayed,
        Instant startedAt,
        Instant finishedAt,
        String error) {

    /** No reindex has run since start-up. */
    public static ReindexStatus idle() {
        return new ReindexStatus("IDLE", null, null, 0, null, null, null);
    }
}
