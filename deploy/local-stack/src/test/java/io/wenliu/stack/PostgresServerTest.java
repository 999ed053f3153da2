package io.wenliu.stack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PostgresServerTest {

    @TempDir
    Path dir;

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
