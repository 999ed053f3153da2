package io.wenliu.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.System.Logger.Level;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

/** Runs Kafka, OpenSearch, PostgreSQL and the three services on this machine (the main of run-local.sh). */
public final class LocalStack implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(LocalStack.class.getName());

    /** The query whose hits prove the seeds went all the way through. */
    public static final String EXAMPLE_QUERY = "疫情防控";

    private static final List<String> SERVICES = List.of("ingest-service", "analysis-service", "search-service");
    private static final Duration SERVICE_STOP_GRACE = Duration.ofSeconds(12);
    private static final Duration SERVER_STOP_GRACE = Duration.ofSeconds(10);
    private static final Duration SEARCHABLE_TIMEOUT = Duration.ofMinutes(3);

    private final StackOptions options;
    private final AtomicBoolean closed = new AtomicBoolean();
    private final List<ServiceProcess> services = new CopyOnWriteArrayList<>();
    private final Supervisor supervisor = new Supervisor();
    private volatile PostgresServer postgres;
    private volatile KafkaBroker kafka;
    private volatile OpenSearchNode openSearch;
    private int kafkaPort;
    private int kafkaSaslPort;
    private int openSearchPort;
    private int postgresPort;
    private String ingestApiKey;
    private String searchAdminApiKey;

    private LocalStack(StackOptions options) {
        this.options = options;
    }

    /** Starts everything {@code options} asks for; on failure stops what was started and rethrows. */
    public static LocalStack start(StackOptions options) {
        if (options.startServices()) {
            SERVICES.forEach(name -> ServiceProcess.requireRunnerJar(options.projectRoot(), name));
        }
        LocalStack stack = new LocalStack(options);
        ProcessReaper.register(stack);
        try {
            stack.startServers();
            if (options.startServices()) {
                stack.startServices();
            }
            stack.supervise();
            return stack;
        } catch (RuntimeException e) {
            stack.close();
            throw e;
        }
    }

    private void startServers() {
        createDirectories();
        ingestApiKey = ApiKeyFile.loadOrCreate(options.dataDir(), ApiKeyFile.INGEST);
        searchAdminApiKey = ApiKeyFile.loadOrCreate(options.dataDir(), ApiKeyFile.SEARCH_ADMIN);
        kafkaPort = FreePorts.preferredOrNext(options.kafkaPort());
        openSearchPort = FreePorts.preferredOrNext(options.openSearchPort());
        postgresPort = FreePorts.preferredOrNext(options.postgresPort());
        CompletableFuture<PostgresServer> pg = CompletableFuture.supplyAsync(() -> {
            PostgresServer server = PostgresServer.start(options.dataDir().resolve("postgres"), postgresPort);
            server.createDatabase("ingest");
            server.createDatabase("analysis");
            return server;
        });
        CompletableFuture<KafkaBroker> broker = CompletableFuture.supplyAsync(this::startKafka);
        CompletableFuture<OpenSearchNode> search = CompletableFuture.supplyAsync(this::startOpenSearch);
        try {
            CompletableFuture.allOf(pg, broker, search)
                    .handle((ok, error) -> null)
                    .join();
            postgres = pg.getNow(null);
            kafka = broker.getNow(null);
            openSearch = search.getNow(null);
            pg.join();
            broker.join();
            search.join();
            // A restart by the supervisor must come back where the services look: on the ports picked now.
            postgresPort = postgres.port();
            kafkaPort = kafka.port();
            kafkaSaslPort = kafka.saslPort();
            openSearchPort = openSearch.port();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime : e;
        } finally {
            postgres = pg.isCompletedExceptionally() ? null : pg.getNow(postgres);
            kafka = broker.isCompletedExceptionally() ? null : broker.getNow(kafka);
            openSearch = search.isCompletedExceptionally() ? null : search.getNow(openSearch);
        }
    }

    private KafkaBroker startKafka() {
        return KafkaBroker.start(options.projectRoot(), options.dataDir().resolve("kafka"), kafkaPort, kafkaSaslPort);
    }

    private OpenSearchNode startOpenSearch() {
        Path dir = options.dataDir().resolve("opensearch");
        return OpenSearchNode.start(options.projectRoot(), dir, dir.resolve("node"), openSearchPort);
    }

    /**
     * Hands every server and service to the supervisor: one that exits is started again on its port with its data,
     * as a container platform would restart it.
     */
    private void supervise() {
        supervisor.watch("PostgreSQL", () -> postgres.isAlive(), () -> {
            postgres.crash();
            postgres = PostgresServer.start(options.dataDir().resolve("postgres"), postgresPort);
        });
        supervisor.watch("Kafka", () -> kafka.process().isAlive(), () -> {
            kafka.close();
            kafka = startKafka();
        });
        supervisor.watch("OpenSearch", () -> openSearch.process().isAlive(), () -> {
            openSearch.close();
            openSearch = startOpenSearch();
        });
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
                                serviceEnvironment(dead.name()),
                                options.logsDir()));
            });
        }
    }

    /**
     * Kills {@code component} with SIGKILL, as a crash would: {@code PostgreSQL}, {@code Kafka}, {@code OpenSearch} or a
     * service instance ({@code analysis-service}, {@code analysis-service-2}, …). The supervisor then restarts it.
     */
    public void kill(String component) {
        long pid = switch (component) {
            case "PostgreSQL" -> postgres.pid();
            case "Kafka" -> kafka.process().commandPid();
            case "OpenSearch" -> openSearch.process().commandPid();
            default ->
                services.stream()
                        .filter(service -> service.instanceName().equals(component))
                        .findFirst()
                        .orElseThrow(() -> new IllegalArgumentException("no component " + component))
                        .pid();
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
     * Starts ingest once and analysis and search {@code instances} times each, then waits until all are ready. The
     * first instances get their configured ports before any extra instance picks one, so those stay where documented.
     */
    private void startServices() {
        Set<Integer> taken = new HashSet<>();
        launchService("ingest-service", 1, FreePorts.preferredOrNext(options.ingestPort(), taken), taken);
        int analysis =
                launchService("analysis-service", 1, FreePorts.preferredOrNext(options.analysisPort(), taken), taken);
        int search = launchService("search-service", 1, FreePorts.preferredOrNext(options.searchPort(), taken), taken);
        launchExtraInstances("analysis-service", analysis, options.analysisPort() == 0, taken);
        launchExtraInstances("search-service", search, options.searchPort() == 0, taken);
        services.forEach(ServiceProcess::awaitReady);
    }

    /** Instances 2.. on the next free ports after the first instance's {@code firstPort} (or any free port). */
    private void launchExtraInstances(String name, int firstPort, boolean anyPort, Set<Integer> taken) {
        for (int instance = 2; instance <= options.instances(); instance++) {
            launchService(name, instance, FreePorts.preferredOrNext(anyPort ? 0 : firstPort + 1, taken), taken);
        }
    }

    private int launchService(String name, int instance, int port, Set<Integer> taken) {
        taken.add(port);
        services.add(ServiceProcess.launch(
                options.projectRoot(), name, instance, port, serviceEnvironment(name), options.logsDir()));
        return port;
    }

    /** The environment each service gets: endpoints of this stack's servers and the ingest directories. */
    private Map<String, String> serviceEnvironment(String service) {
        Map<String, String> env = new LinkedHashMap<>();
        if (options.kafkaSasl()) {
            env.put("KAFKA_BOOTSTRAP_SERVERS", kafka.saslBootstrapServers());
            kafka.saslClientSettings()
                    .forEach((key, value) ->
                            env.put("KAFKA_" + key.toUpperCase(Locale.ROOT).replace('.', '_'), value));
        } else {
            env.put("KAFKA_BOOTSTRAP_SERVERS", kafka.bootstrapServers());
        }
        env.put("OPENSEARCH_URL", openSearch.url());
        env.put("DB_USER", PostgresServer.USER);
        env.put("DB_PASSWORD", PostgresServer.PASSWORD);
        if (service.startsWith("ingest")) {
            env.put("DB_URL", postgres.jdbcUrl("ingest"));
        } else if (service.startsWith("analysis")) {
            env.put("DB_URL", postgres.jdbcUrl("analysis"));
        }
        if (service.startsWith("ingest")) {
            env.put("INGEST_API_KEY", ingestApiKey);
        } else if (service.startsWith("search")) {
            env.put("WENLIU_SEARCH_ADMIN_API_KEY", searchAdminApiKey);
        }
        env.put("INGEST_DROP_DIR", options.dropDir().toString());
        env.put("INGEST_PROCESSED_DIR", options.processedDir().toString());
        env.put("INGEST_FAILED_DIR", options.failedDir().toString());
        return env;
    }

    /**
     * Drops {@code seeds/*.txt} and waits until ingest's ledger says every article of every seed file is indexed (so
     * all of them are searchable, not only the first).
     */
    public void dropSeedsAndAwaitSearchable() {
        List<String> dropped = SeedDropper.dropAll(options.projectRoot().resolve("seeds"), options.dropDir());
        LOG.log(
                Level.INFO,
                "Dropped {0} seed files into {1}; waiting until all their articles are indexed",
                dropped.size(),
                options.dropDir());
        AtomicReference<LedgerProbe.Progress> progress = new AtomicReference<>();
        Poll.until(
                SEARCHABLE_TIMEOUT,
                () -> services.forEach(service -> service.process().requireAlive()),
                () -> {
                    progress.set(LedgerProbe.of(ingestUrl(), dropped));
                    return progress.get().finished();
                },
                () -> "Seed files not all indexed: " + progress.get() + "; see " + ingestUrl() + "/api/documents"
                        + " and the service logs "
                        + services.stream().map(ServiceProcess::logFile).toList());
        if (!progress.get().failed().isEmpty()) {
            LOG.log(
                    Level.WARNING,
                    "Seed files ingest refused: {0}",
                    progress.get().failed());
        }
        LOG.log(
                Level.INFO,
                "{0} of {1} seed files indexed ({2} articles searchable)",
                progress.get().done(),
                dropped.size(),
                progress.get().articlesIndexed());
    }

    /** The Kafka bootstrap servers. */
    public String kafkaBootstrapServers() {
        return kafka.bootstrapServers();
    }

    /** The OpenSearch URL. */
    public String openSearchUrl() {
        return openSearch.url();
    }

    /** The JDBC URL of {@code database}. */
    public String jdbcUrl(String database) {
        return postgres.jdbcUrl(database);
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
        return service("search-service").url();
    }

    /** The base URL of the ingest service. */
    public String ingestUrl() {
        return service("ingest-service").url();
    }

    /** Every service instance, in start order (empty with {@code --no-services}). */
    public List<ServiceProcess> services() {
        return List.copyOf(services);
    }

    /** The options this stack runs with. */
    public StackOptions options() {
        return options;
    }

    private ServiceProcess service(String name) {
        return services.stream()
                .filter(service -> service.name().equals(name))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException(name + " is not running"));
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
        ManagedProcess.stopAll(services.stream().map(ServiceProcess::process).toList(), SERVICE_STOP_GRACE);
        List<ManagedProcess> servers = new ArrayList<>();
        if (kafka != null) {
            servers.add(kafka.process());
        }
        if (openSearch != null) {
            servers.add(openSearch.process());
        }
        CompletableFuture<Void> pgStop = CompletableFuture.runAsync(() -> {
            if (postgres != null) {
                postgres.close();
            }
        });
        ManagedProcess.stopAll(servers, SERVER_STOP_GRACE);
        pgStop.join();
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
