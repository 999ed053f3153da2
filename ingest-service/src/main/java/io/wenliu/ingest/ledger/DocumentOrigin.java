package io.wenliu.ingest.ledger;

/** How a document reached the service. */
public enum DocumentOrigin {
    DROP,
    UPLOAD
}
