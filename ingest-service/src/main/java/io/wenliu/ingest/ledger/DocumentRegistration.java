package io.wenliu.ingest.ledger;

/** A document's ledger row as registration found or created it. */
public record DocumentRegistration(
        String sourceFile, DocumentStatus status, FailureReason failureReason, String errorMessage) {}
