package io.wenliu.ingest.ledger;

/** Where a source document stands in the ledger. */
public enum DocumentStatus {
    /** Claimed or uploaded, not yet processed. */
    RECEIVED,
    /** Its articles were recorded and queued for publication. */
    PROCESSED,
    /** Every article in it had been ingested before; nothing was published. */
    DUPLICATE,
    /** It could not be ingested; see the failure reason. */
    FAILED,
    /** It was deleted; deletion events were queued for its articles. */
    DELETED
}
