package io.wenliu.ingest.pipeline;

import io.wenliu.ingest.ledger.DocumentStatus;
import io.wenliu.ingest.ledger.FailureReason;
import java.nio.file.Path;
import java.util.UUID;

/** The outcome of processing one document. */
public record ProcessingResult(
        UUID documentId,
        DocumentStatus status,
        int published,
        int duplicates,
        FailureReason reason,
        String message,
        Path finalPath) {}
