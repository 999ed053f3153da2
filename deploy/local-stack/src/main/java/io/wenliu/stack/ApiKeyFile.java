package io.wenliu.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.HexFormat;

/** The ingest service's API key, generated once and kept in the data directory. */
final class IngestApiKey {

    private IngestApiKey() {}

    /** Reads {@code <dataDir>/ingest-api-key}, creating it with 32 random bytes (hex) on first use. */
    static String loadOrCreate(Path dataDir) {
        Path file = dataDir.resolve("ingest-api-key");
        try {
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
