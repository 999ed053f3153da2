package io.wenliu.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/**
 * Gives a Quarkus test a database (init arg {@code database}, default {@code test}, created if missing) on the
 * JVM-wide PostgreSQL server, as {@code quarkus.datasource.jdbc.url/username/password}.
 */
public class PostgresTestResource implements QuarkusTestResourceLifecycleManager {

    private String database = "test";

    @Override
    public void init(Map<String, String> initArgs) {
        database = initArgs.getOrDefault("database", database);
    }

    @Override
    public Map<String, String> start() {
        String[] connection = (String[]) JvmWide.call("postgres", new Class<?>[] {String.class}, database);
        return Map.of(
                "quarkus.datasource.jdbc.url", connection[0],
                "quarkus.datasource.username", connection[1],
                "quarkus.datasource.password", connection[2]);
    }

    @Override
    public void stop() {
        // shared by every test of this JVM; a shutdown hook stops it
    }
}
