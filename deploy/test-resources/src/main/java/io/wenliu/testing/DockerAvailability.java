package io.wenliu.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import org.testcontainers.DockerClientFactory;

/** Whether a Docker engine is reachable for Testcontainers; checked once, cheaply, and never throws. */
final class DockerAvailability {

    private static Boolean available;

    private DockerAvailability() {}

    static synchronized boolean isAvailable() {
        if (available == null) {
            available = check();
        }
        return available;
    }

    private static boolean check() {
        if ("false".equalsIgnoreCase(ServerSwitches.value(ServerSwitches.DOCKER).orElse("true"))) {
            return false;
        }
        boolean socketOrHost = System.getenv("DOCKER_HOST") != null
                || Files.exists(Path.of("/var/run/docker.sock"))
                || Files.exists(Path.of(System.getProperty("user.home"), ".testcontainers.properties"));
        if (!socketOrHost) {
            return false;
        }
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (Throwable e) {
            return false;
        }
    }
}
