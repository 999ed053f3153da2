package io.wenliu.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Writes documents into a staging folder, then moves them into the ingest drop folder with an atomic rename, so
 * ingest never sees a half-written file.
 */
final class Dropper {

    private final Path stagingDir;
    private final Path dropDir;

    Dropper(Path stagingDir, Path dropDir) {
        this.stagingDir = stagingDir;
        this.dropDir = dropDir;
        try {
            Files.createDirectories(stagingDir);
            Files.createDirectories(dropDir);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not create " + stagingDir + " or " + dropDir, e);
        }
    }

    /**
     * {@code preferred} when it is on the same file system as {@code dropDir} (atomic renames work only within one),
     * else a {@code bench-staging/<run>} folder next to the drop folder.
     */
    static Path stagingDirFor(Path preferred, Path dropDir, String run) {
        try {
            Files.createDirectories(preferred);
            Files.createDirectories(dropDir);
            if (Files.getFileStore(preferred).equals(Files.getFileStore(dropDir))) {
                return preferred;
            }
            Files.delete(preferred);
        } catch (IOException e) {
            // fall through to the folder next to the drop folder
        }
        return dropDir.toAbsolutePath().getParent().resolve("bench-staging").resolve(run);
    }

    /** Writes {@code article} into the staging folder and returns the staged file. */
    Path stage(Article article) {
        Path file = stagingDir.resolve(article.fileName());
        try {
            return Files.writeString(file, article.text(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write " + file, e);
        }
    }

    /** Renames a staged file into the drop folder (atomically). */
    void move(Path staged) {
        Path target = dropDir.resolve(staged.getFileName().toString());
        try {
            Files.move(staged, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            throw new PhaseFailure("Cannot rename " + staged + " atomically into " + dropDir
                    + ": the staging folder must be on the drop folder's file system");
        } catch (IOException e) {
            throw new UncheckedIOException("Could not move " + staged + " to " + target, e);
        }
    }

    /** Stages {@code article} and moves it into the drop folder at once. */
    void drop(Article article) {
        move(stage(article));
    }

    /** Deletes the staging folder and whatever is left in it. */
    void cleanUp() {
        if (!Files.exists(stagingDir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(stagingDir)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            Console.warn("Could not delete the staging folder " + stagingDir + ": " + e.getMessage());
        }
    }
}
