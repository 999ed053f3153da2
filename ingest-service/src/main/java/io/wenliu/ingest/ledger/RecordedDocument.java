package io.wenliu.ingest.ledger;

/** What the ledger recorded for a processed document. */
public record RecordedDocument(DocumentStatus status, int published, int duplicates) {}
