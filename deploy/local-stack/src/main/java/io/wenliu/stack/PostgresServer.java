package io.wenliu.stack;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.System.Logger.Level;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;

/** An embedded PostgreSQL server (zonky binaries) whose data directory survives restarts. */
public final class PostgresServer implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(PostgresServer.class.getName());

    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(10);

    /** The superuser (trust authentication: any password is accepted). */
    public static final String USER = "postgres";

    /** The password the services are configured with. */
    public static final String PASSWORD = "postgres";

    private final EmbeddedPostgres postgres;
    private final Optional<ProcessHandle> postmaster;
    private final Optional<ManagedProcess> guard;
    private final AtomicBoolean closed = new AtomicBoolean();

    private PostgresServer(EmbeddedPostgres postgres, Optional<ProcessHandle> postmaster, Path dataDir) {
        this.postgres = postgres;
        this.postmaster = postmaster;
        this.guard = postmaster.map(process -> guard(process, dataDir));
    }

    /**
     * pg_ctl detaches the postmaster from this JVM; a guard child process (see {@link OrphanGuard}) asks it to shut
     * down (SIGINT, fast shutdown) should this JVM die without closing it.
     */
    private static ManagedProcess guard(ProcessHandle postmaster, Path dataDir) {
        List<String> command = List.of(
                "/bin/bash",
                "-c",
                "trap 'kill -INT \"$0\" 2>/dev/null; exit 0' TERM; while kill -0 \"$0\" 2>/dev/null; do sleep 2 & wait $!; done",
                Long.toString(postmaster.pid()));
        return ManagedProcess.start(
                "postgres-guard",
                command,
                Map.of(),
                dataDir,
                dataDir.getParent().resolve("postgres-guard.log"));
    }

    /**
     * Starts PostgreSQL on 127.0.0.1:{@code port} (0 = free port) with its data in {@code dataDir}, crash-safe: a
     * commit it acknowledges is on disk.
     */
    public static PostgresServer start(Path dataDir, int port) {
        return start(dataDir, port, true);
    }

    /**
     * Starts a throw-away PostgreSQL for tests whose data is deleted afterwards: fsync and synchronous commit off, as
     * the embedded library sets them, since nothing in it has to survive a crash.
     */
    public static PostgresServer startThrowAway(Path dataDir, int port) {
        return start(dataDir, port, false);
    }

    private static PostgresServer start(Path dataDir, int port, boolean durable) {
        long started = System.nanoTime();
        try {
            Files.createDirectories(dataDir.getParent());
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDir)
                    .setCleanDataDirectory(false)
                    .setServerConfig("listen_addresses", "127.0.0.1")
                    .setServerConfig("max_connections", "200");
            if (durable) {
                // The embedded library starts PostgreSQL as a throw-away test database (-F, fsync off, and
                // synchronous_commit off): a commit it acknowledges could vanish in a crash. This is where users
                // keep their ledger, so both are switched back on (the later -c wins over -F).
                builder.setServerConfig("fsync", "on").setServerConfig("synchronous_commit", "on");
            }
            if (port != 0) {
                builder.setPort(port);
            }
            EmbeddedPostgres postgres = builder.start();
            PostgresServer server = new PostgresServer(postgres, postmaster(dataDir), dataDir);
            ProcessReaper.register(server);
            LOG.log(
                    Level.INFO,
                    "PostgreSQL ready on 127.0.0.1:{0} in {1} ms (data {2})",
                    String.valueOf(server.port()),
                    String.valueOf(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started)),
                    dataDir);
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start PostgreSQL in " + dataDir, e);
        }
    }

    /** The postmaster process, from the first line of {@code postmaster.pid} (pg_ctl detaches it from us). */
    private static Optional<ProcessHandle> postmaster(Path dataDir) {
        try (Stream<String> lines = Files.lines(dataDir.resolve("postmaster.pid"))) {
            return lines.findFirst().map(String::trim).map(Long::parseLong).flatMap(ProcessHandle::of);
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** The port PostgreSQL listens on. */
    public int port() {
        return postgres.getPort();
    }

    /** {@code jdbc:postgresql://127.0.0.1:<port>/<database>}. */
    public String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port() + "/" + database;
    }

    /** Creates {@code database} unless it exists. */
    public void createDatabase(String database) {
        DatabaseCreator.createIfMissing(jdbcUrl("postgres"), USER, PASSWORD, database);
    }

    /** The postmaster's process id, or -1 when it could not be found. */
    public long pid() {
        return postmaster.map(ProcessHandle::pid).orElse(-1L);
    }

    /** Whether the postmaster still runs (true when it could not be found). */
    public boolean isAlive() {
        return !closed.get() && postmaster.map(ProcessHandle::isAlive).orElse(true);
    }

    /** Kills the postmaster with SIGKILL, as a crash would, and waits until it is gone (for fault tests). */
    public void crash() {
        if (closed.compareAndSet(false, true)) {
            ProcessReaper.unregister(this);
            postmaster.ifPresent(process -> {
                process.destroyForcibly();
                awaitExit(process);
            });
            guard.ifPresent(ManagedProcess::close);
            try {
                // Releases the library's lock on the data directory; stopping the dead server fails quietly.
                postgres.close();
            } catch (IOException | RuntimeException e) {
                LOG.log(Level.DEBUG, "closing after the kill: {0}", e.toString());
            }
        }
    }

    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            ProcessReaper.unregister(this);
            try {
                postgres.close();
            } catch (IOException e) {
                LOG.log(Level.WARNING, "PostgreSQL did not stop cleanly", e);
            }
            postmaster.ifPresent(PostgresServer::awaitExit);
            guard.ifPresent(ManagedProcess::close);
        }
    }

    private static void awaitExit(ProcessHandle process) {
        try {
            process.onExit().get(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            LOG.log(
                    Level.WARNING,
                    "Killing the PostgreSQL postmaster {0}: still running",
                    String.valueOf(process.pid()));
            process.destroyForcibly();
        }
    }

    @Override
    public String toString() {
        return "PostgreSQL on port " + port();
    }
}
