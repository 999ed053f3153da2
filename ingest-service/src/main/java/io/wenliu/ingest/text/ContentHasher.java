package io.wenliu.ingest.text;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;

/** Placeholder hasher: SHA-256 hex of the NFKC body without whitespace; the text developer replaces it. */
public final class ContentHasher {

    /** Hashes the normalised body. */
    public String hash(String body) {
        String normalised = Normalizer.normalize(body, Normalizer.Form.NFKC).replaceAll("\\s+", "");
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(normalised.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
