package io.wenliu.ingest.drop;

import io.wenliu.ingest.ledger.DocumentOrigin;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.UUID;

/** Claims a dropped file by an atomic rename into this instance's claimed folder; only one claimant can win. */
public final class FileClaimer {

    private final Path claimedRoot;

    public FileClaimer(Path claimedRoot) {
        this.claimedRoot = claimedRoot;
    }

    /** Claims the file, or returns empty if another instance (or thread) got it first. */
    public Optional<ClaimedFile> claim(Path dropped) throws IOException {
        UUID documentId = UUID.randomUUID();
        Path dir = Files.createDirectories(claimedRoot.resolve(documentId.toString()));
        String name = dropped.getFileName().toString();
        Path target = dir.resolve(name);
        try {
            Files.move(dropped, target, StandardCopyOption.ATOMIC_MOVE);
            return Optional.of(new ClaimedFile(documentId, target, name, DocumentOrigin.DROP));
        } catch (NoSuchFileException e) {
            Files.deleteIfExists(dir);
            return Optional.empty();
        } catch (AtomicMoveNotSupportedException e) {
            Files.deleteIfExists(dir);
            throw new IOException("drop and claimed folders must be on the same file system", e);
        }
    }
}
