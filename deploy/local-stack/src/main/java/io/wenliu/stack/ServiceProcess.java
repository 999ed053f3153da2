package io.wenliu.stack;

import java.lang.System.Logger.Level;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A Wenliu Quarkus service started from its packaged {@code target/quarkus-app/quarkus-run.jar}. */
public final class ServiceProcess implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(ServiceProcess.class.getName());
    private static final Duration STARTUP_TIMEOUT = Duration.ofMinutes(3);

    /**
     * Each service's own JVM options.
     *
     * <ul>
     *   <li>Heap ceilings about twice each service's live heap under load (ingest about 30 MB, analysis about 85 MB with
     *       its dictionaries and CRF model, search about 75 MB), so that a service stays under 350 MB resident with its
     *       metaspace and JIT code. Analysis's young generation is fixed at 32 MB: with the default third of 176 MB
     *       it ended bursts at 340-355 MiB resident, with 160/32 MB at 320-333 MiB and no more CPU (2026-12-01).
     *   <li>Ingest and search stop their JIT at C1: they are glue around clients and parsers, and on two cores shared
     *       by the whole stack C2 spent 9-19 s of a 6,000-article run compiling their code, more than it saved (C1
     *       only: their CPU 33 % and 21 % lower, sustained fill 57.5 against 51.0 articles/s). Analysis keeps C2 for
     *       its NLP loops: at C1 its CPU per article rose by about a fifth. C2 for the segmenter alone (a compiler
     *       directives file) saved it 4-9 s of compiling in the first 1,000 articles after a start, and cost about
     *       2 ms per article from there on (2026-12-02, deploy/README.md).
     * </ul>
     */
    private static final Map<String, List<String>> JVM_OPTIONS = Map.of(
            "ingest-service", List.of("-Xmx128m", "-XX:TieredStopAtLevel=1"),
            "analysis-service", List.of("-Xmx160m", "-Xmn32m"),
            "search-service", List.of("-Xmx144m", "-XX:TieredStopAtLevel=1"));

    private final String name;
    private final int instance;
    private final int port;
    private final ManagedProcess process;
    private final long launchedNanos;
    private volatile Duration startupTime;

    private ServiceProcess(String name, int instance, int port, ManagedProcess process, long launchedNanos) {
        this.name = name;
        this.instance = instance;
        this.port = port;
        this.process = process;
        this.launchedNanos = launchedNanos;
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
        return launch(projectRoot, name, 1, port, env, logsDir);
    }

    /**
     * Starts instance {@code instance} (from 1) of {@code name} on {@code port}, logging to {@code <name>.log} for the
     * first instance and {@code <name>-<instance>.log} for the others; does not wait for readiness.
     */
    public static ServiceProcess launch(
            Path projectRoot, String name, int instance, int port, Map<String, String> env, Path logsDir) {
        Path jar = requireRunnerJar(projectRoot, name);
        Map<String, String> environment = new HashMap<>(env);
        environment.put("QUARKUS_HTTP_PORT", Integer.toString(port));
        environment.put("QUARKUS_HTTP_HOST", "127.0.0.1");
        // glibc keeps up to 8 malloc arenas per core, mostly idle: two are enough for these services
        environment.putIfAbsent("MALLOC_ARENA_MAX", "2");
        List<String> command =
                new ArrayList<>(List.of(JavaRuntimes.current().java().toString(), "-Xms64m"));
        command.addAll(JVM_OPTIONS.getOrDefault(name, List.of("-Xmx256m")));
        command.addAll(List.of(
                "-XX:+UseSerialGC",
                // hand memory the JIT compilers freed back to the system (JDK 17.0.9+; ignored by older JVMs)
                "-XX:+IgnoreUnrecognizedVMOptions",
                "-XX:+UnlockExperimentalVMOptions",
                "-XX:TrimNativeHeapInterval=10000",
                "-jar",
                jar.toString()));
        String instanceName = instanceName(name, instance);
        long launched = System.nanoTime();
        ManagedProcess process = ManagedProcess.start(
                instanceName, command, environment, projectRoot.resolve(name), logsDir.resolve(instanceName + ".log"));
        return new ServiceProcess(name, instance, port, process, launched);
    }

    private static String instanceName(String name, int instance) {
        return instance == 1 ? name : name + "-" + instance;
    }

    /** Waits until {@code /q/health/ready} answers 200 and records the time from launch to ready. */
    public void awaitReady() {
        Poll.until(
                STARTUP_TIMEOUT,
                process::requireAlive,
                () -> Http.get(url() + "/q/health/ready").status() == 200,
                () -> instanceName() + " did not become ready at " + url() + "/q/health/ready; see "
                        + process.logFile());
        startupTime = Duration.ofNanos(System.nanoTime() - launchedNanos);
        LOG.log(
                Level.INFO,
                "{0} ready on {1} in {2} ms (log {3})",
                instanceName(),
                url(),
                String.valueOf(startupTime.toMillis()),
                process.logFile());
    }

    /** The service module, e.g. {@code analysis-service} (the same for every instance). */
    public String name() {
        return name;
    }

    /** The instance number, from 1. */
    public int instance() {
        return instance;
    }

    /** {@code analysis-service} for the first instance, {@code analysis-service-2} for the second, and so on. */
    public String instanceName() {
        return instanceName(name, instance);
    }

    /** The HTTP port. */
    public int port() {
        return port;
    }

    /** Whether the service's process still runs. */
    public boolean isAlive() {
        return process.isAlive();
    }

    /** The process id of the service's JVM. */
    public long pid() {
        return process.commandPid();
    }

    /** The time from launch until {@code /q/health/ready} first answered 200; empty before {@link #awaitReady}. */
    public Optional<Duration> startupTime() {
        return Optional.ofNullable(startupTime);
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
