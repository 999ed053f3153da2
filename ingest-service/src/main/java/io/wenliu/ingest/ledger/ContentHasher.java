package io.wenliu.ingest.ledger;

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

    /** The last whitespace or space-separator character: every char after it is kept unless it is U+FEFF. */
    private static final char LAST_SPACE = '\u3000';

    /** Returns the lower-case hex SHA-256 of the normalised body. */
    public String hash(String body) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(normalize(body).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }

    /**
     * The text that is hashed: NFKC, without any whitespace. Runs of CJK unified ideographs (U+4E00 to U+9FFF) are
     * copied as they are: NFKC leaves them unchanged and no neighbour combines with them, so only the text between
     * them goes through the (slow) normaliser, which gives the same result as normalising the whole body.
     */
    String normalize(String body) {
        StringBuilder out = new StringBuilder(body.length());
        int length = body.length();
        int i = 0;
        while (i < length) {
            if (isUnifiedIdeograph(body.charAt(i))) {
                out.append(body.charAt(i++));
                continue;
            }
            int end = i + 1;
            while (end < length && !isUnifiedIdeograph(body.charAt(end))) {
                end++;
            }
            appendWithoutWhitespace(out, Normalizer.normalize(body.subSequence(i, end), Normalizer.Form.NFKC));
            i = end;
        }
        return out.toString();
    }

    private static boolean isUnifiedIdeograph(char c) {
        return c >= '\u4E00' && c <= '\u9FFF';
    }

    private static void appendWithoutWhitespace(StringBuilder out, String text) {
        for (int i = 0; i < text.length(); i++) {
            // No whitespace outside the Basic Multilingual Plane: the chars of a surrogate pair are kept like others.
            char c = text.charAt(i);
            if (c > LAST_SPACE ? c != '\uFEFF' : !Character.isWhitespace(c) && !Character.isSpaceChar(c)) {
                out.append(c);
            }
        }
    }
}
