package io.wenliu.testing;

import io.wenliu.stack.DatabaseCreator;

/** A PostgreSQL server as a JDBC base URL ({@code jdbc:postgresql://host:port/}) and credentials. */
public record PostgresEndpoint(String baseUrl, String user, String password) {

    /** The JDBC URL of {@code database}. */
    public String jdbcUrl(String database) {
        return (baseUrl.endsWith("/") ? baseUrl : baseUrl + "/") + database;
    }

    /** Creates {@code database} unless it exists. */
    public void createDatabase(String database) {
        DatabaseCreator.createIfMissing(jdbcUrl("postgres"), user, password, database);
    }
}
