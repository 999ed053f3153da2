package io.wenliu.ingest.article;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Locates the project's seed files ({@code seeds/*.txt}) for tests. */
public final class Seeds {

    private Seeds() {}

    /** The project root: system property {@code wenliu.project.root}, or the nearest ancestor holding seeds/. */
    public static Path projectRoot() {
        String configured = System.getProperty("wenliu.project.root");
        if (configured != null && !configured.isBlank() && Files.isDirectory(Path.of(configured, "seeds"))) {
            return Path.of(configured);
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve("seeds"))) {
                return dir;
            }
        }
        throw new IllegalStateException(
                "no seeds/ directory above " + Path.of("").toAbsolutePath());
    }

    public static List<Path> files() {
        try (Stream<Path> files = Files.list(projectRoot().resolve("seeds"))) {
            return files.filter(p -> p.getFileName().toString().endsWith(".txt"))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Path file(String name) {
        return projectRoot().resolve("seeds").resolve(name);
    }

    public static String text(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The numbered lines of a seed file, as the extractor sees them (1-based, width-normalised). */
    static List<SourceLine> lines(String text) {
        return new ArticleExtractor(2020).lines(text);
    }
}
