package io.wenliu.stack;

import java.nio.file.Files;
import java.nio.file.Path;

/** Locates the Wenliu project root: the directory that holds {@code deploy/kafka-runtime}. */
public final class ProjectRoot {

    /** System property naming the project root explicitly (set by the build for tests). */
    public static final String PROPERTY = "wenliu.project.root";

    private ProjectRoot() {}

    /** Returns the root from {@value #PROPERTY}, {@code WENLIU_PROJECT_ROOT}, or by walking up from the cwd. */
    public static Path find() {
        String configured = System.getProperty(PROPERTY, System.getenv("WENLIU_PROJECT_ROOT"));
        if (configured != null && !configured.isBlank() && isRoot(Path.of(configured))) {
            return Path.of(configured).toAbsolutePath().normalize();
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (isRoot(dir)) {
                return dir;
            }
        }
        throw new IllegalStateException("Cannot find the Wenliu project root (a directory with deploy/kafka-runtime)"
                + " above " + Path.of("").toAbsolutePath() + "; set -D" + PROPERTY + "=<path>");
    }

    private static boolean isRoot(Path dir) {
        return Files.isDirectory(dir.resolve("deploy").resolve("kafka-runtime"));
    }
}
