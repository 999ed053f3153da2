package io.wenliu.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;

/** Drops files into the ingest drop directory atomically (written as {@code .part}, then renamed). */
public final class SeedDropper {

    private SeedDropper() {}

    /** Drops every {@code *.txt} of {@code seedsDir} into {@code dropDir}; returns the dropped file names. */
    public static List<String> dropAll(Path seedsDir, Path dropDir) {
        try (Stream<Path> seeds = Files.list(seedsDir)) {
            List<Path> files = seeds.filter(
                            path -> path.getFileName().toString().endsWith(".txt"))
                    .sorted()
                    .toList();
            for (Path seed : files) {
                drop(seed, dropDir);
            }
            return files.stream().map(path -> path.getFileName().toString()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not drop seeds from " + seedsDir, e);
        }
    }

    /** Copies {@code file} into {@code dropDir} as {@code <name>.part} and renames it to its own name. */
    public static Path drop(Path file, Path dropDir) {
        try {
            Files.createDirectories(dropDir);
            Path target = dropDir.resolve(file.getFileName().toString());
            Path part = dropDir.resolve(file.getFileName() + ".part");
            Files.copy(file, part, StandardCopyOption.REPLACE_EXISTING);
            return Files.move(part, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not drop " + file + " into " + dropDir, e);
        }
    }
}
