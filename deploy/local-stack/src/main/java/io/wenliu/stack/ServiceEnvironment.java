package io.wenliu.stack;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** The environment each service gets: endpoints of the stack's servers, its API key and the ingest directories. */
final class ServiceEnvironment {

    private ServiceEnvironment() {}

    /** The environment of {@code service} against {@code servers} as they run now. */
    static Map<String, String> of(
            String service, StackOptions options, StackServers servers, String ingestApiKey, String searchAdminApiKey) {
        Map<String, String> env = new LinkedHashMap<>();
        if (options.kafkaSasl()) {
            env.put("KAFKA_BOOTSTRAP_SERVERS", servers.kafka().saslBootstrapServers());
            servers.kafka()
                    .saslClientSettings()
                    .forEach((key, value) ->
                            env.put("KAFKA_" + key.toUpperCase(Locale.ROOT).replace('.', '_'), value));
        } else {
            env.put("KAFKA_BOOTSTRAP_SERVERS", servers.kafka().bootstrapServers());
        }
        env.put("OPENSEARCH_URL", servers.openSearch().url());
        env.put("DB_USER", PostgresServer.USER);
        env.put("DB_PASSWORD", PostgresServer.PASSWORD);
        if (service.startsWith("ingest")) {
            env.put("DB_URL", servers.postgres().jdbcUrl("ingest"));
        } else if (service.startsWith("analysis")) {
            env.put("DB_URL", servers.postgres().jdbcUrl("analysis"));
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
}
