package io.wenliu.stack;

import java.lang.System.Logger.Level;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** A Wenliu Quarkus service started from its packaged {@code target/quarkus-app/quarkus-run.jar}. */
public final class ServiceProcess implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(ServiceProcess.class.getName());
    private static final Duration STARTUP_TIMEOUT = Duration.ofMinutes(3);

    private final String name;
    private final int port;
    private final ManagedProcess process;

    private ServiceProcess(String name, int port, ManagedProcess process) {
        this.name = name;
        this.port = port;
        this.process = process;
    }

    /** The runner jar of module {@code name} under {@code projectRoot}. */
    public static Path runnerJar(Path projectRoot, String name) {
        return projectRoot.resolve(name).resolve("target/quarkus-app/quarkus-run.jar");
    }

    /** Fails, naming the build command, unless the runner jar of {@code name} exists. */
    public static Path requireRunnerJar(Path projectRoot, String name) {
        Path jar = runnerJar(projectRoot, name);
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: build it with `./mvnw -B -DskipTests -pl " + name
                    + " -am package` (or `./mvnw -B -DskipTests install`) in " + projectRoot);
        }
        return jar;
    }

    /** Starts {@code name} (e.g. {@code ingest-service}) on {@code port}; does not wait for readiness. */
    public static ServiceProcess launch(
            Path projectRoot, String name, int port, Map<String, String> env, Path logsDir) {
        Path jar = requireRunnerJar(projectRoot, name);
        Map<String, String> environment = new HashMap<>(env);
        environment.put("QUARKUS_HTTP_PORT", Integer.toString(port));
        environment.put("QUARKUS_HTTP_HOST", "127.0.0.1");
        List<String> command = List.of(
                JavaRuntimes.current().java().toString(),
                "-Xms64m",
                "-Xmx384m",
                "-XX:+UseSerialGC",
                "-jar",
                jar.toString());
        ManagedProcess process = ManagedProcess.start(
                name, command, environment, projectRoot.resolve(name), logsDir.resolve(name + ".log"));
        return new ServiceProcess(name, port, process);
    }

    /** Waits until {@code /q/health/ready} answers 200. */
    public void awaitReady() {
        long started = System.nanoTime();
        Poll.until(
                STARTUP_TIMEOUT,
                process::requireAlive,
                () -> Http.get(url() + "/q/health/ready").status() == 200,
                () -> name + " did not become ready at " + url() + "/q/health/ready; see " + process.logFile());
        LOG.log(
                Level.INFO,
                "{0} ready on {1} in {2} ms (log {3})",
                name,
                url(),
                String.valueOf(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started)),
                process.logFile());
    }

    /** {@code http://127.0.0.1:<port>}. */
    public String url() {
        return "http://127.0.0.1:" + port;
    }

    /** The service's log file. */
    public Path logFile() {
        return process.logFile();
    }

    /** The service process, for stopping it together with others. */
    ManagedProcess process() {
        return process;
    }

    @Override
    public void close() {
        process.close();
    }
}
