package io.wenliu.ingest.drop;

import io.wenliu.ingest.events.EventJson;
import io.wenliu.ingest.ledger.FailureReason;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.UUID;

/** Writes {@code <name>.error.json} next to a failed file, saying why it failed. */
public final class FailureSidecar {

    /** Content of a sidecar file. */
    public record Content(UUID documentId, String sourceFile, String reason, String message, Instant failedAt) {}

    private FailureSidecar() {}

    /** Writes the sidecar for a file now at {@code failedFile}; returns its path. */
    public static Path write(Path failedFile, UUID documentId, String sourceFile, FailureReason reason, String message)
            throws IOException {
        Path sidecar = failedFile.resolveSibling(failedFile.getFileName() + ".error.json");
        Content content = new Content(documentId, sourceFile, reason.name(), message, Instant.now());
        return Files.writeString(sidecar, EventJson.write(content), StandardCharsets.UTF_8);
    }
}
