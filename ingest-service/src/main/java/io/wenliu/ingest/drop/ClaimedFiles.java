package io.wenliu.ingest.drop;

import java.util.UUID;

/**
 * Where the drop folder and the upload API hand the files they claimed: the processing stage implements it, so
 * neither depends on the stage that consumes their files.
 */
public interface ClaimedFiles {

    /** Reserves a document id before its file is claimed; false if it is already being handled. */
    boolean reserve(UUID documentId);

    /** Releases a reservation without processing (e.g. an upload that was refused). */
    void release(UUID documentId);

    /** Queues a claimed file for processing. */
    void submit(ClaimedFile file);

    /** Whether the document is reserved, queued or being processed. */
    boolean isInFlight(UUID documentId);
}
