package io.wenliu.bench;

import io.wenliu.stack.LocalStack;
import io.wenliu.stack.ServiceProcess;
import java.net.URI;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The stack a run measures: its endpoints, drop folder, upload key and service instances; either a running stack
 * found at the given URLs or a {@link LocalStack} (stopped on close when the benchmark started it).
 */
public final class StackHandle implements AutoCloseable {

    static final int DEFAULT_KAFKA_PORT = 9092;
    static final int DEFAULT_POSTGRES_PORT = 5432;

    private final String ingestUrl;
    private final String searchUrl;
    private final String openSearchUrl;
    private final Path dropDir;
    private final String ingestApiKey;
    private final List<ServiceEndpoint> services;
    private final LocalStack localStack;
    private final boolean stopOnClose;

    private StackHandle(
            String ingestUrl,
            String searchUrl,
            String openSearchUrl,
            Path dropDir,
            String ingestApiKey,
            List<ServiceEndpoint> services,
            LocalStack localStack,
            boolean stopOnClose) {
        this.ingestUrl = ingestUrl;
        this.searchUrl = searchUrl;
        this.openSearchUrl = openSearchUrl;
        this.dropDir = dropDir;
        this.ingestApiKey = ingestApiKey;
        this.services = List.copyOf(services);
        this.localStack = localStack;
        this.stopOnClose = stopOnClose;
    }

    /** A started local stack; {@code stopOnClose} when the benchmark started it itself. */
    public static StackHandle of(LocalStack stack, boolean stopOnClose) {
        List<ServiceEndpoint> services = stack.services().stream()
                .map(service -> new ServiceEndpoint(
                        service.name(),
                        service.instanceName(),
                        service.url(),
                        service.port(),
                        service.startupTime()
                                .map(time -> time.toMillis() / 1000.0)
                                .orElse(null)))
                .toList();
        return new StackHandle(
                stack.ingestUrl(),
                stack.searchUrl(),
                stack.openSearchUrl(),
                stack.options().dropDir(),
                stack.ingestApiKey(),
                services,
                stack,
                stopOnClose);
    }

    /** A stack someone else runs, one instance of each service. */
    static StackHandle running(
            String ingestUrl,
            String analysisUrl,
            String searchUrl,
            String openSearchUrl,
            Path dropDir,
            String ingestApiKey) {
        List<ServiceEndpoint> services = List.of(
                endpoint("ingest-service", ingestUrl),
                endpoint("analysis-service", analysisUrl),
                endpoint("search-service", searchUrl));
        return new StackHandle(ingestUrl, searchUrl, openSearchUrl, dropDir, ingestApiKey, services, null, false);
    }

    private static ServiceEndpoint endpoint(String name, String url) {
        URI uri = URI.create(url);
        int port = uri.getPort() > 0 ? uri.getPort() : "https".equals(uri.getScheme()) ? 443 : 80;
        return new ServiceEndpoint(name, name, url, port, null);
    }

    public String ingestUrl() {
        return ingestUrl;
    }

    public String searchUrl() {
        return searchUrl;
    }

    public String openSearchUrl() {
        return openSearchUrl;
    }

    public Path dropDir() {
        return dropDir;
    }

    /** The upload API key; null when unknown (the upload phase then fails). */
    public String ingestApiKey() {
        return ingestApiKey;
    }

    /** Every service instance, in start order. */
    public List<ServiceEndpoint> services() {
        return services;
    }

    /** Whether this is a local stack (the benchmark's own, or one a test started) rather than a running one. */
    public boolean isLocal() {
        return localStack != null;
    }

    /** The pid of a service instance: from the local stack, else whoever listens on its port. */
    OptionalLong pid(ServiceEndpoint endpoint) {
        if (localStack != null) {
            Optional<ServiceProcess> process = localStack.services().stream()
                    .filter(service -> service.instanceName().equals(endpoint.instanceName()))
                    .findFirst();
            if (process.isPresent()) {
                return OptionalLong.of(process.get().pid());
            }
        }
        return PortOwner.pidListeningOn(endpoint.port());
    }

    /**
     * The stack's processes on this machine by name, those that can be found: each service instance, then the servers
     * listening on the local stack's ports (a running stack: the OpenSearch URL's port when it is local, Kafka on
     * {@value #DEFAULT_KAFKA_PORT} and PostgreSQL on {@value #DEFAULT_POSTGRES_PORT}, run-local's ports).
     */
    Map<String, Long> processes() {
        Map<String, Long> pids = new LinkedHashMap<>();
        services.forEach(service -> pid(service).ifPresent(pid -> pids.put(service.instanceName(), pid)));
        URI openSearch = URI.create(openSearchUrl);
        boolean localOpenSearch = localStack != null || isLoopback(openSearch.getHost());
        if (localOpenSearch && openSearch.getPort() > 0) {
            PortOwner.pidListeningOn(openSearch.getPort()).ifPresent(pid -> pids.put("OpenSearch", pid));
        }
        int kafkaPort = localStack != null ? localStack.kafkaPort() : DEFAULT_KAFKA_PORT;
        PortOwner.pidListeningOn(kafkaPort).ifPresent(pid -> pids.put("Kafka", pid));
        int postgresPort = localStack != null ? localStack.postgresPort() : DEFAULT_POSTGRES_PORT;
        PortOwner.pidListeningOn(postgresPort).ifPresent(pid -> pids.put("PostgreSQL", pid));
        return pids;
    }

    private static boolean isLoopback(String host) {
        return "localhost".equals(host)
                || "::1".equals(host)
                || "[::1]".equals(host)
                || (host != null && host.startsWith("127."));
    }

    /** A one-line description for the report. */
    String describe() {
        if (localStack == null) {
            return "running stack (ingest " + ingestUrl + ", search " + searchUrl + ", OpenSearch " + openSearchUrl
                    + ")";
        }
        return (stopOnClose ? "own stack in " : "local stack in ")
                + localStack.options().dataDir() + " (" + localStack.options().instances()
                + " analysis and search instance(s))";
    }

    /** Stops the local stack if the benchmark started it. */
    @Override
    public void close() {
        if (stopOnClose && localStack != null) {
            localStack.close();
        }
    }
}
