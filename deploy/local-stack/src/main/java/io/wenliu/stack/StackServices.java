package io.wenliu.stack;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

/** The stack's service instances: launched on their ports, restarted by the supervisor, stopped together. */
final class StackServices {

    private static final List<String> NAMES = List.of("ingest-service", "analysis-service", "search-service");
    private static final Duration SERVICE_STOP_GRACE = Duration.ofSeconds(12);

    private final StackOptions options;
    private final Function<String, Map<String, String>> environment;
    private final List<ServiceProcess> services = new CopyOnWriteArrayList<>();

    /** {@code environment} gives the environment of a service by name, asked at each (re)launch. */
    StackServices(StackOptions options, Function<String, Map<String, String>> environment) {
        this.options = options;
        this.environment = environment;
    }

    /** Fails unless every service's runner jar is built. */
    static void requireRunnerJars(StackOptions options) {
        NAMES.forEach(name -> ServiceProcess.requireRunnerJar(options.projectRoot(), name));
    }

    /**
     * Starts ingest once and analysis and search {@code instances} times each, then waits until all are ready. The
     * first instances get their configured ports before any extra instance picks one, so those stay where documented.
     */
    void start() {
        Set<Integer> taken = new HashSet<>();
        launch("ingest-service", 1, FreePorts.preferredOrNext(options.ingestPort(), taken), taken);
        int analysis = launch("analysis-service", 1, FreePorts.preferredOrNext(options.analysisPort(), taken), taken);
        int search = launch("search-service", 1, FreePorts.preferredOrNext(options.searchPort(), taken), taken);
        launchExtraInstances("analysis-service", analysis, options.analysisPort() == 0, taken);
        launchExtraInstances("search-service", search, options.searchPort() == 0, taken);
        services.forEach(ServiceProcess::awaitReady);
    }

    /** Instances 2.. on the next free ports after the first instance's {@code firstPort} (or any free port). */
    private void launchExtraInstances(String name, int firstPort, boolean anyPort, Set<Integer> taken) {
        for (int instance = 2; instance <= options.instances(); instance++) {
            launch(name, instance, FreePorts.preferredOrNext(anyPort ? 0 : firstPort + 1, taken), taken);
        }
    }

    private int launch(String name, int instance, int port, Set<Integer> taken) {
        taken.add(port);
        services.add(ServiceProcess.launch(
                options.projectRoot(), name, instance, port, environment.apply(name), options.logsDir()));
        return port;
    }

    /** Hands each instance to {@code supervisor}, which launches one that exits again on its port. */
    void supervise(Supervisor supervisor) {
        for (int i = 0; i < services.size(); i++) {
            int index = i;
            ServiceProcess first = services.get(index);
            supervisor.watch(first.instanceName(), () -> services.get(index).isAlive(), () -> {
                ServiceProcess dead = services.get(index);
                dead.close();
                services.set(
                        index,
                        ServiceProcess.launch(
                                options.projectRoot(),
                                dead.name(),
                                dead.instance(),
                                dead.port(),
                                environment.apply(dead.name()),
                                options.logsDir()));
            });
        }
    }

    /** The instance named {@code instanceName} ({@code analysis-service-2}, …). */
    ServiceProcess instance(String instanceName) {
        return services.stream()
                .filter(service -> service.instanceName().equals(instanceName))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no component " + instanceName));
    }

    /** The first instance of the service {@code name}. */
    ServiceProcess first(String name) {
        return services.stream()
                .filter(service -> service.name().equals(name))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException(name + " is not running"));
    }

    /** Every instance, in start order, as it runs now. */
    List<ServiceProcess> all() {
        return List.copyOf(services);
    }

    /** Stops every instance at once. */
    void stop() {
        ManagedProcess.stopAll(services.stream().map(ServiceProcess::process).toList(), SERVICE_STOP_GRACE);
    }
}
