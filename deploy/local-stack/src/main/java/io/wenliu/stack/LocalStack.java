package io.wenliu.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.System.Logger.Level;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/** Runs Kafka, OpenSearch, PostgreSQL and the three services on this machine (the main of run-local.sh). */
public final class LocalStack implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(LocalStack.class.getName());

    /** The query whose hits prove the seeds went all the way through. */
    public static final String EXAMPLE_QUERY = "疫情防控";

    private final StackOptions options;
    private final AtomicBoolean closed = new AtomicBoolean();
    private final Supervisor supervisor = new Supervisor();
    private final StackServers servers;
    private final StackServices services;
    private String ingestApiKey;
    private String searchAdminApiKey;

    private LocalStack(StackOptions options) {
        this.options = options;
        this.servers = new StackServers(options);
        this.services = new StackServices(
                options, service -> ServiceEnvironment.of(service, options, servers, ingestApiKey, searchAdminApiKey));
    }

    /** Starts everything {@code options} asks for; on failure stops what was started and rethrows. */
    public static LocalStack start(StackOptions options) {
        if (options.startServices()) {
            StackServices.requireRunnerJars(options);
        }
        LocalStack stack = new LocalStack(options);
        ProcessReaper.register(stack);
        try {
            stack.createDirectories();
            stack.ingestApiKey = ApiKeyFile.loadOrCreate(options.dataDir(), ApiKeyFile.INGEST);
            stack.searchAdminApiKey = ApiKeyFile.loadOrCreate(options.dataDir(), ApiKeyFile.SEARCH_ADMIN);
            stack.servers.start();
            if (options.startServices()) {
                stack.services.start();
            }
            stack.supervise();
            return stack;
        } catch (RuntimeException e) {
            stack.close();
            throw e;
        }
    }

    /**
     * Hands every server and service to the supervisor: one that exits is started again on its port with its data,
     * as a container platform would restart it.
     */
    private void supervise() {
        servers.supervise(supervisor);
        services.supervise(supervisor);
    }

    /**
     * Kills {@code component} with SIGKILL, as a crash would: {@code PostgreSQL}, {@code Kafka}, {@code OpenSearch} or a
     * service instance ({@code analysis-service}, {@code analysis-service-2}, …). The supervisor then restarts it.
     */
    public void kill(String component) {
        long pid = switch (component) {
            case "PostgreSQL" -> servers.postgres().pid();
            case "Kafka" -> servers.kafka().process().commandPid();
            case "OpenSearch" -> servers.openSearch().process().commandPid();
            default -> services.instance(component).pid();
        };
        // The whole tree, as a crash of its container would: OpenSearch runs under unshare, which alone would die.
        ManagedProcess.killTree(pid);
    }

    /** The supervisor's count of restarts, by server and service instance. */
    public Map<String, Integer> restarts() {
        return supervisor.restarts();
    }

    /** What the supervisor watches and what it restarted, in one line. */
    public String supervisorStatus() {
        return supervisor.status();
    }

    private void createDirectories() {
        try {
            for (Path dir :
                    List.of(options.dropDir(), options.processedDir(), options.failedDir(), options.logsDir())) {
                Files.createDirectories(dir);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not create the data directories under " + options.dataDir(), e);
        }
    }

    /**
     * Drops {@code seeds/*.txt} and waits until ingest's ledger says every article of every seed file is indexed (so
     * all of them are searchable, not only the first).
     */
    public void dropSeedsAndAwaitSearchable() {
        SeedLoader.dropAndAwaitIndexed(this);
    }

    /** The Kafka bootstrap servers. */
    public String kafkaBootstrapServers() {
        return servers.kafka().bootstrapServers();
    }

    /** The port the Kafka broker listens on. */
    public int kafkaPort() {
        return servers.kafka().port();
    }

    /** The port PostgreSQL listens on. */
    public int postgresPort() {
        return servers.postgres().port();
    }

    /** The OpenSearch URL. */
    public String openSearchUrl() {
        return servers.openSearch().url();
    }

    /** The JDBC URL of {@code database}. */
    public String jdbcUrl(String database) {
        return servers.postgres().jdbcUrl(database);
    }

    /** The ingest API key. */
    public String ingestApiKey() {
        return ingestApiKey;
    }

    /** The search service's admin API key (reindex). */
    public String searchAdminApiKey() {
        return searchAdminApiKey;
    }

    /** The base URL of the (first) search service. */
    public String searchUrl() {
        return services.first("search-service").url();
    }

    /** The base URL of the ingest service. */
    public String ingestUrl() {
        return services.first("ingest-service").url();
    }

    /** Every service instance, in start order (empty with {@code --no-services}). */
    public List<ServiceProcess> services() {
        return services.all();
    }

    /** The options this stack runs with. */
    public StackOptions options() {
        return options;
    }

    /** Stops the services, then the servers, each stage in parallel; everything within about 30 s. */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        ProcessReaper.unregister(this);
        supervisor.close();
        long started = System.nanoTime();
        services.stop();
        servers.stop();
        LOG.log(
                Level.INFO,
                "Local stack stopped in {0} ms",
                String.valueOf(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started)));
    }

    /** Starts the stack, drops the seeds unless {@code --no-seeds}, and runs until SIGINT or SIGTERM. */
    public static void main(String[] args) throws InterruptedException {
        StackOptions options;
        try {
            options = StackOptions.defaults(ProjectRoot.find()).withArgs(Arrays.asList(args));
        } catch (IllegalArgumentException e) {
            LOG.log(Level.ERROR, e.getMessage());
            System.exit(2);
            return;
        }
        long started = System.nanoTime();
        LocalStack stack;
        try {
            stack = start(options);
            if (options.dropSeeds()) {
                stack.dropSeedsAndAwaitSearchable();
            }
        } catch (IllegalStateException e) {
            LOG.log(Level.ERROR, "The local stack could not start: " + e.getMessage());
            System.exit(1);
            return;
        } catch (RuntimeException e) {
            LOG.log(Level.ERROR, "The local stack could not start: " + e.getMessage(), e);
            System.exit(1);
            return;
        }
        LOG.log(Level.INFO, StackBanner.describe(stack, TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started)));
        String signal = ShutdownSignal.await();
        LOG.log(Level.INFO, "{0}: stopping the local stack", signal);
        stack.close();
        System.exit(0);
    }
}
