package io.wenliu.ingest.drop;

import io.wenliu.ingest.ledger.DocumentOrigin;
import java.nio.file.Path;
import java.util.UUID;

/** A file this instance owns: it sits in claimed/&lt;instance&gt;/&lt;documentId&gt;/&lt;originalName&gt;. */
public record ClaimedFile(UUID documentId, Path path, String originalName, DocumentOrigin origin) {}
