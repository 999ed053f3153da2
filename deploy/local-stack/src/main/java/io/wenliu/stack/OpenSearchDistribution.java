package io.wenliu.stack;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Comparator;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The OpenSearch integ-test distribution matching the installed JDKs (3.3.0 on JDK 21+, else 2.19.3 on JDK 17),
 * unpacked once with the analysis-common module (the {@code cjk} analyzer) added.
 */
public record OpenSearchDistribution(String version, JavaRuntimes.Jdk jdk, Path zip, Path analysisCommonJar) {

    /** Used when a JDK 21 or newer is installed. */
    public static final String CURRENT_VERSION = "3.3.0";

    /** Used on JDK 17. */
    public static final String LEGACY_VERSION = "2.19.3";

    /** Set to {@value #LEGACY_VERSION} (or env {@code WENLIU_OPENSEARCH_VERSION}) to force the JDK 17 version. */
    public static final String VERSION_PROPERTY = "wenliu.opensearch.version";

    /** Picks the version for the installed JDKs and locates its artifacts. */
    public static OpenSearchDistribution select(Path projectRoot) {
        String forced = System.getProperty(VERSION_PROPERTY, System.getenv("WENLIU_OPENSEARCH_VERSION"));
        if (LEGACY_VERSION.equals(forced)) {
            return locate(projectRoot, LEGACY_VERSION, JavaRuntimes.atLeast(17).orElseThrow());
        }
        Optional<JavaRuntimes.Jdk> modern = JavaRuntimes.atLeast(21);
        if (modern.isPresent()) {
            return locate(projectRoot, CURRENT_VERSION, modern.get());
        }
        JavaRuntimes.Jdk legacy = JavaRuntimes.atLeast(17)
                .orElseThrow(() -> new IllegalStateException("OpenSearch needs a JDK 21+ (for " + CURRENT_VERSION
                        + ") or JDK 17 (for " + LEGACY_VERSION + "); install one, e.g. `apt-get install"
                        + " openjdk-21-jdk-headless`, or set JAVA_HOME"));
        return locate(projectRoot, LEGACY_VERSION, legacy);
    }

    private static OpenSearchDistribution locate(Path projectRoot, String version, JavaRuntimes.Jdk jdk) {
        Path copied = projectRoot.resolve("deploy/local-stack/target/opensearch");
        Path repository = Path.of(System.getProperty(
                "maven.repo.local",
                Path.of(System.getProperty("user.home"), ".m2", "repository").toString()));
        Path zip = firstExisting(
                copied.resolve("opensearch-" + version + ".zip"),
                repository.resolve("org/opensearch/distribution/integ-test-zip/opensearch/" + version + "/opensearch-"
                        + version + ".zip"));
        Path jar = firstExisting(
                copied.resolve("analysis-common-" + version + ".jar"),
                repository.resolve(
                        "org/opensearch/plugin/analysis-common/" + version + "/analysis-common-" + version + ".jar"));
        return new OpenSearchDistribution(version, jdk, zip, jar);
    }

    private static Path firstExisting(Path preferred, Path fallback) {
        if (Files.isRegularFile(preferred)) {
            return preferred;
        }
        if (Files.isRegularFile(fallback)) {
            return fallback;
        }
        throw new IllegalStateException(preferred.getFileName() + " not found in " + preferred.getParent() + " or "
                + fallback.getParent() + ": run `./mvnw -pl deploy/local-stack generate-resources`");
    }

    /** Unpacks the distribution under {@code installRoot} unless already there; returns its home directory. */
    public Path install(Path installRoot) {
        Path home = installRoot.resolve("opensearch-" + version);
        if (Files.isDirectory(home.resolve("modules/analysis-common"))) {
            return home;
        }
        Path staging = installRoot.resolve(".unpack-" + UUID.randomUUID());
        try {
            Files.createDirectories(staging);
            unzip(zip, staging);
            Path unpacked = staging.resolve("opensearch-" + version);
            addAnalysisCommon(unpacked);
            try {
                Files.move(unpacked, home, StandardCopyOption.ATOMIC_MOVE);
            } catch (FileAlreadyExistsException | AtomicMoveNotSupportedException e) {
                // another JVM installed it concurrently (or a stale partial copy exists): use what is there
                if (!Files.isDirectory(home.resolve("modules/analysis-common"))) {
                    throw new IllegalStateException("Broken OpenSearch install at " + home + "; delete it", e);
                }
            } catch (IOException e) {
                if (!Files.isDirectory(home.resolve("modules/analysis-common"))) {
                    throw e;
                }
            }
            return home;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not unpack " + zip + " into " + installRoot, e);
        } finally {
            deleteRecursively(staging);
        }
    }

    private void addAnalysisCommon(Path home) throws IOException {
        Path module = Files.createDirectories(home.resolve("modules/analysis-common"));
        Files.copy(analysisCommonJar, module.resolve("analysis-common-" + version + ".jar"));
        Properties descriptor = new Properties();
        try (InputStream in =
                Files.newInputStream(home.resolve("modules/transport-netty4/plugin-descriptor.properties"))) {
            descriptor.load(in);
        }
        descriptor.setProperty("description", "Adds \"built in\" analyzers to OpenSearch.");
        descriptor.setProperty("name", "analysis-common");
        descriptor.setProperty("classname", pluginClass(analysisCommonJar));
        descriptor.setProperty("extended.plugins", "");
        try (OutputStream out = Files.newOutputStream(module.resolve("plugin-descriptor.properties"))) {
            descriptor.store(out, "analysis-common installed as a module by the Wenliu local stack");
        }
    }

    /** {@code CommonAnalysisModulePlugin} (3.x) or {@code CommonAnalysisPlugin} (2.x). */
    private static String pluginClass(Path jar) throws IOException {
        try (JarFile file = new JarFile(jar.toFile())) {
            for (String name : new String[] {"CommonAnalysisModulePlugin", "CommonAnalysisPlugin"}) {
                if (file.getEntry("org/opensearch/analysis/common/" + name + ".class") != null) {
                    return "org.opensearch.analysis.common." + name;
                }
            }
        }
        throw new IllegalStateException(jar + " has no analysis-common plugin class");
    }

    private static void unzip(Path zip, Path target) throws IOException {
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                Path path = target.resolve(entry.getName()).normalize();
                if (!path.startsWith(target)) {
                    throw new IOException("Zip entry outside the target: " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(path);
                } else {
                    Files.createDirectories(path.getParent());
                    Files.copy(in, path);
                    if (path.getParent().getFileName().toString().equals("bin")) {
                        Files.setPosixFilePermissions(path, PosixFilePermissions.fromString("rwxr-xr-x"));
                    }
                }
            }
        }
    }

    static void deleteRecursively(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder())
                    .forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
