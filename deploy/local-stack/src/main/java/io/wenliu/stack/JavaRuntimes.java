package io.wenliu.stack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Stream;

/** Finds installed JDKs (JAVA_HOME, the running JVM, /usr/lib/jvm/*) and their feature versions. */
public final class JavaRuntimes {

    /** A JDK home and its feature version (17, 21, 25...). */
    public record Jdk(Path home, int feature) {
        /** The {@code java} launcher of this JDK. */
        public Path java() {
            return home.resolve("bin").resolve("java");
        }
    }

    private JavaRuntimes() {}

    /** The JVM running this code. */
    public static Jdk current() {
        return new Jdk(
                Path.of(System.getProperty("java.home")), Runtime.version().feature());
    }

    /** The first JDK, in preference order, whose feature version is at least {@code minimum}. */
    public static Optional<Jdk> atLeast(int minimum) {
        return candidates().stream().filter(jdk -> jdk.feature() >= minimum).findFirst();
    }

    private static List<Jdk> candidates() {
        List<Jdk> jdks = new ArrayList<>();
        String javaHome = System.getenv("JAVA_HOME");
        if (javaHome != null && !javaHome.isBlank()) {
            describe(Path.of(javaHome)).ifPresent(jdks::add);
        }
        jdks.add(current());
        Path jvmDir = Path.of("/usr/lib/jvm");
        if (Files.isDirectory(jvmDir)) {
            try (Stream<Path> homes = Files.list(jvmDir)) {
                homes.sorted()
                        .map(JavaRuntimes::describe)
                        .flatMap(Optional::stream)
                        .forEach(jdks::add);
            } catch (IOException e) {
                // an unreadable /usr/lib/jvm just means fewer candidates
            }
        }
        return jdks;
    }

    private static Optional<Jdk> describe(Path home) {
        Path release = home.resolve("release");
        if (!Files.isExecutable(home.resolve("bin").resolve("java")) || !Files.isRegularFile(release)) {
            return Optional.empty();
        }
        try (var reader = Files.newBufferedReader(release)) {
            Properties properties = new Properties();
            properties.load(reader);
            String version = properties.getProperty("JAVA_VERSION", "").replace("\"", "");
            String feature = version.startsWith("1.") ? version.substring(2) : version;
            return Optional.of(new Jdk(home.toRealPath(), Integer.parseInt(feature.split("[.\\-+]")[0])));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
