package io.wenliu.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * A secret generated once and kept in a file of the data directory: the API keys (ingest uploads, search admin) and
 * the Kafka SASL password.
 */
final class ApiKeyFile {

    /** The ingest service's upload API key (env INGEST_API_KEY). */
    static final String INGEST = "ingest-api-key";

    /** The search service's admin API key, for reindexing (env WENLIU_SEARCH_ADMIN_API_KEY). */
    static final String SEARCH_ADMIN = "search-admin-api-key";

    /** The local broker's SASL PLAIN password, in the broker's own data directory. */
    static final String KAFKA_SASL_PASSWORD = "sasl-password";

    private ApiKeyFile() {}

    /** Reads {@code <dataDir>/<name>}, creating it with 32 random bytes (hex) on first use. */
    static String loadOrCreate(Path dataDir, String name) {
        Path file = dataDir.resolve(name);
        try {
            Files.createDirectories(dataDir);
            if (Files.isRegularFile(file)) {
                return Files.readString(file).trim();
            }
            byte[] bytes = new byte[32];
            new SecureRandom().nextBytes(bytes);
            String key = HexFormat.of().formatHex(bytes);
            Files.writeString(file, key + "\n");
            return key;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read or write " + file, e);
        }
    }
}
