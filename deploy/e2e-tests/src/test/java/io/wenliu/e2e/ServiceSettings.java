package io.wenliu.e2e;

import io.wenliu.stack.ProjectRoot;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What a service reads from its environment and how it is built, from its own files. */
record ServiceSettings(String name, Set<String> environment, int httpPort, String image) {

    static final List<String> SERVICES = List.of("ingest-service", "analysis-service", "search-service");
    private static final Pattern ENV_REFERENCE = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)");

    /** The settings of {@code service} ({@code ingest-service}, ...). */
    static ServiceSettings of(String service) {
        Path root = ProjectRoot.find();
        Properties app = load(root.resolve(service).resolve("src/main/resources/application.properties"));
        Properties shared = load(root.resolve("platform/src/main/resources/META-INF/microprofile-config.properties"));
        Set<String> environment = new TreeSet<>();
        for (String key : app.stringPropertyNames()) {
            Matcher matcher = ENV_REFERENCE.matcher(app.getProperty(key));
            while (matcher.find()) {
                environment.add(matcher.group(1));
            }
        }
        String image = shared.getProperty("quarkus.container-image.registry") + "/"
                + shared.getProperty("quarkus.container-image.group") + "/" + service + ":" + projectVersion(root);
        return new ServiceSettings(service, environment, Integer.parseInt(app.getProperty("quarkus.http.port")), image);
    }

    private static String projectVersion(Path root) {
        try {
            Matcher version = Pattern.compile("<artifactId>wenliu-parent</artifactId>\\s*<version>([^<]+)</version>")
                    .matcher(Files.readString(root.resolve("pom.xml")));
            if (!version.find()) {
                throw new IllegalStateException("no version in pom.xml");
            }
            return version.group(1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Properties load(Path file) {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file)) {
            properties.load(reader);
            return properties;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
