package io.wenliu.search.reindex;

import java.time.Instant;

/**
 * State of the latest reindex run, whichever replica ran it. {@code deletedIndex} is the index the run deleted: the
 * retired one after a successful run (unless kept by configuration), the half-built one after a failed run.
 * {@code runner} is the replica running it (host and process) and {@code heartbeatAt} when it last said so.
 */
public record ReindexStatus(
        String state,
        String fromIndex,
        String toIndex,
        long recordsReplayed,
        Instant startedAt,
        Instant finishedAt,
        String deletedIndex,
        String error,
        String runner,
        Instant heartbeatAt) {

    /** No reindex has run on this index alias. */
    public static ReindexStatus idle() {
        return new ReindexStatus("IDLE", null, null, 0, null, null, null, null, null, null);
    }

    /** A run in progress on {@code runner}. */
    static ReindexStatus running(String from, String to, long replayed, Instant started, String runner) {
        return new ReindexStatus("RUNNING", from, to, replayed, started, null, null, null, runner, Instant.now());
    }

    /** The run ended: DONE or FAILED. */
    ReindexStatus finished(String state, long replayed, String deleted, String error) {
        return new ReindexStatus(
                state, fromIndex, toIndex, replayed, startedAt, Instant.now(), deleted, error, runner, Instant.now());
    }

    boolean running() {
        return "RUNNING".equals(state);
    }
}
