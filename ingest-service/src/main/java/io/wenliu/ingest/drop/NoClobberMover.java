package io.wenliu.ingest.drop;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;

/** Moves a file into a folder without ever overwriting: clashes become {@code name (1).ext}, {@code name (2).ext}… */
public final class NoClobberMover {

    private static final int MAX_ATTEMPTS = 10_000;

    private NoClobberMover() {}

    /** Moves {@code source} into {@code dir} under {@code name} or the first free variant; returns the new path. */
    public static Path move(Path source, Path dir, String name) throws IOException {
        for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
            Path target = freeName(dir, name);
            if (moveTo(source, target)) {
                return target;
            }
        }
        throw new IOException("no free name for " + name + " in " + dir);
    }

    /** The first variant of {@code name} that is free in {@code dir} right now (it may be taken before it is used). */
    public static Path freeName(Path dir, String name) throws IOException {
        for (int n = 0; n < MAX_ATTEMPTS; n++) {
            Path target = dir.resolve(variant(name, n));
            if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
                return target;
            }
        }
        throw new IOException("no free name for " + name + " in " + dir);
    }

    /** Moves {@code source} to exactly {@code target}; false (and nothing moved) when the target exists. */
    public static boolean moveTo(Path source, Path target) throws IOException {
        try {
            if (Files.isDirectory(source)) {
                if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
                    return false;
                }
                Files.move(source, target);
            } else {
                // A hard link fails atomically when the target exists; then the source is dropped.
                Files.createLink(target, source);
                Files.delete(source);
            }
            return true;
        } catch (FileAlreadyExistsException e) {
            return false;
        } catch (UnsupportedOperationException e) {
            if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
                return false;
            }
            Files.move(source, target);
            return true;
        }
    }

    /** The n-th name variant: {@code a.txt}, {@code a (1).txt}, {@code a (2).txt}… */
    static String variant(String name, int n) {
        if (n == 0) {
            return name;
        }
        int dot = name.lastIndexOf('.');
        if (dot <= 0) {
            return name + " (" + n + ")";
        }
        return name.substring(0, dot) + " (" + n + ")" + name.substring(dot);
    }
}
