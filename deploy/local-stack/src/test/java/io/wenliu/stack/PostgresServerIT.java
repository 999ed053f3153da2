package io.wenliu.stack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PostgresServerIT {

    @TempDir
    Path dir;

    /** The local stack's database is where users keep their ledger: commits must survive a crash. */
    @Test
    void localStackDatabaseIsCrashSafeAndTestDatabaseIsNot() throws Exception {
        try (PostgresServer durable = PostgresServer.start(dir.resolve("durable"), 0);
                PostgresServer throwAway = PostgresServer.startThrowAway(dir.resolve("throw-away"), 0)) {
            assertThat(setting(durable, "fsync")).isEqualTo("on");
            assertThat(setting(durable, "synchronous_commit")).isEqualTo("on");
            assertThat(setting(throwAway, "fsync")).isEqualTo("off");
        }
    }

    @Test
    void everyAcknowledgedCommitSurvivesAKill() throws Exception {
        Path dataDir = dir.resolve("killed");
        int rows = 300;
        PostgresServer server = PostgresServer.start(dataDir, 0);
        try (Connection connection = DriverManager.getConnection(
                        server.jdbcUrl("postgres"), PostgresServer.USER, PostgresServer.PASSWORD);
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE acknowledged (n int PRIMARY KEY)");
            for (int n = 0; n < rows; n++) {
                statement.execute("INSERT INTO acknowledged VALUES (" + n + ")");
            }
        } finally {
            server.crash();
        }
        try (PostgresServer restarted = PostgresServer.start(dataDir, 0);
                Connection connection = DriverManager.getConnection(
                        restarted.jdbcUrl("postgres"), PostgresServer.USER, PostgresServer.PASSWORD);
                Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery("SELECT count(*) FROM acknowledged")) {
            assertThat(result.next()).isTrue();
            assertThat(result.getInt(1)).isEqualTo(rows);
        }
    }

    private static String setting(PostgresServer server, String name) throws Exception {
        try (Connection connection = DriverManager.getConnection(
                        server.jdbcUrl("postgres"), PostgresServer.USER, PostgresServer.PASSWORD);
                Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery("SHOW " + name)) {
            result.next();
            return result.getString(1);
        }
    }

    @Test
    void createsADatabaseAndKeepsItsTablesAcrossARestart() throws Exception {
        Path dataDir = dir.resolve("postgres");
        try (PostgresServer server = PostgresServer.start(dataDir, 0)) {
            server.createDatabase("ingest");
            server.createDatabase("ingest");
            try (Connection connection = DriverManager.getConnection(
                            server.jdbcUrl("ingest"), PostgresServer.USER, PostgresServer.PASSWORD);
                    Statement statement = connection.createStatement()) {
                statement.execute("CREATE TABLE article (id text PRIMARY KEY, title text)");
                statement.execute("INSERT INTO article VALUES ('a-1', '疫情防控')");
            }
        }
        try (PostgresServer restarted = PostgresServer.start(dataDir, 0);
                Connection connection = DriverManager.getConnection(
                        restarted.jdbcUrl("ingest"), PostgresServer.USER, PostgresServer.PASSWORD);
                Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery("SELECT title FROM article WHERE id = 'a-1'")) {
            assertThat(result.next()).isTrue();
            assertThat(result.getString(1)).isEqualTo("疫情防控");
        }
    }
}
