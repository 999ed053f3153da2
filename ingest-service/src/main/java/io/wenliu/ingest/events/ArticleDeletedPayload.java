package io.wenliu.ingest.events;

import java.util.UUID;

/** Payload of an ArticleDeleted v1 event. */
public record ArticleDeletedPayload(UUID documentId, String sourceFile, String reason) {}
