package io.wenliu.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.wenliu.stack.FreePorts;
import io.wenliu.stack.Http;
import io.wenliu.stack.PostgresServer;
import io.wenliu.stack.ProjectRoot;
import io.wenliu.stack.ServiceProcess;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A service started while its PostgreSQL is down waits for it instead of exiting, and starts once it is up. */
class LateDatabaseIT {

    @TempDir
    Path dir;

    @Test
    void ingestWaitsForItsDatabase() {
        int postgresPort = FreePorts.pick();
        Map<String, String> env = Map.of(
                "DB_URL",
                "jdbc:postgresql://127.0.0.1:" + postgresPort + "/ingest",
                "DB_USER",
                PostgresServer.USER,
                "DB_PASSWORD",
                PostgresServer.PASSWORD,
                "KAFKA_BOOTSTRAP_SERVERS",
                "127.0.0.1:" + FreePorts.pick(),
                "INGEST_DROP_DIR",
                dir.resolve("drop").toString(),
                "INGEST_PROCESSED_DIR",
                dir.resolve("processed").toString(),
                "INGEST_FAILED_DIR",
                dir.resolve("failed").toString());
        try (ServiceProcess ingest = ServiceProcess.launch(
                ProjectRoot.find(), "ingest-service", FreePorts.pick(), env, dir.resolve("logs"))) {
            Awaitility.await("ingest-service stays up while its database is down")
                    .during(Duration.ofSeconds(8))
                    .atMost(Duration.ofSeconds(10))
                    .until(ingest::isAlive);

            try (PostgresServer postgres = PostgresServer.startThrowAway(dir.resolve("postgres"), postgresPort)) {
                postgres.createDatabase("ingest");

                Awaitility.await("ingest-service started once its database is up")
                        .atMost(Duration.ofMinutes(2))
                        .pollInterval(Duration.ofSeconds(1))
                        .ignoreExceptions()
                        .until(() -> Http.get(ingest.url() + "/q/health/live").status() == 200);
                assertThat(ingest.isAlive()).isTrue();
            }
        }
    }
}
