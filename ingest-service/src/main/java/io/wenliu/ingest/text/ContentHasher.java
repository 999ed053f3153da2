package io.wenliu.ingest.text;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;

/**
 * Hashes an article body for duplicate detection: SHA-256 (hex) of the body after NFKC normalisation (which also
 * folds full-width and half-width forms) with all whitespace removed, so re-encoded or re-wrapped copies match.
 */
public final class ContentHasher {

    /** Returns the lower-case hex SHA-256 of the normalised body. */
    public String hash(String body) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(normalize(body).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }

    /** The text that is hashed: NFKC, without any whitespace. */
    String normalize(String body) {
        String nfkc = Normalizer.normalize(body, Normalizer.Form.NFKC);
        StringBuilder out = new StringBuilder(nfkc.length());
        nfkc.codePoints()
                .filter(cp -> !Character.isWhitespace(cp) && !Character.isSpaceChar(cp) && cp != 0xFEFF)
                .forEach(out::appendCodePoint);
        return out.toString();
    }
}
