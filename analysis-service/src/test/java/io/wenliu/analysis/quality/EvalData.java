package io.wenliu.analysis.quality;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Locates the project's seeds and the shared evaluation data ({@code ../shared/eval}), which may be absent. */
public final class EvalData {
    private EvalData() {}

    /** The project root: system property {@code wenliu.project.root}, else the nearest parent holding seeds/. */
    public static Path projectRoot() {
        String prop = System.getProperty("wenliu.project.root");
        if (prop != null && Files.isDirectory(Path.of(prop).resolve("seeds"))) {
            return Path.of(prop).toAbsolutePath().normalize();
        }
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null) {
            if (Files.isDirectory(dir.resolve("seeds")) && Files.exists(dir.resolve("pom.xml"))) {
                return dir;
            }
            dir = dir.getParent();
        }
        throw new IllegalStateException("cannot find the project root (a folder with seeds/ and pom.xml)");
    }

    /** The seed articles folder. */
    public static Path seeds() {
        return projectRoot().resolve("seeds");
    }

    /** The People's Daily dev file, when {@code ../shared/eval} exists beside the project. */
    public static Optional<Path> peoplesDailyDev() {
        Path file =
                projectRoot().resolve("../shared/eval/peoples-daily-dev.bio").normalize();
        return Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
    }
}
