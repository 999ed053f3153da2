package io.wenliu.stack;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.System.Logger.Level;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/** An embedded PostgreSQL server (zonky binaries) whose data directory survives restarts. */
public final class PostgresServer implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(PostgresServer.class.getName());

    /** The superuser (trust authentication: any password is accepted). */
    public static final String USER = "postgres";

    /** The password the services are configured with. */
    public static final String PASSWORD = "postgres";

    private final EmbeddedPostgres postgres;
    private final AtomicBoolean closed = new AtomicBoolean();

    private PostgresServer(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    /** Starts PostgreSQL on 127.0.0.1:{@code port} (0 = free port) with its data in {@code dataDir}. */
    public static PostgresServer start(Path dataDir, int port) {
        long started = System.nanoTime();
        try {
            Files.createDirectories(dataDir.getParent());
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDir)
                    .setCleanDataDirectory(false)
                    .setServerConfig("listen_addresses", "127.0.0.1")
                    .setServerConfig("max_connections", "200");
            if (port != 0) {
                builder.setPort(port);
            }
            PostgresServer server = new PostgresServer(builder.start());
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

    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            ProcessReaper.unregister(this);
            try {
                postgres.close();
            } catch (IOException e) {
                LOG.log(Level.WARNING, "PostgreSQL did not stop cleanly", e);
            }
        }
    }

    @Override
    public String toString() {
        return "PostgreSQL on port " + port();
    }
}
