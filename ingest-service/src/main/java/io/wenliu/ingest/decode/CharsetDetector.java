package io.wenliu.ingest.decode;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Detects the charset of a text file from its bytes: a byte order mark, UTF-16 by its NUL bytes, strict UTF-8, else
 * GB18030 and Big5 (Big5-HKSCS) decoded strictly and scored by how much they read as Chinese text.
 */
public final class CharsetDetector {

    static final Charset GB18030 = Charset.forName("GB18030");
    static final Charset BIG5 = Charset.forName("Big5");
    static final Charset BIG5_HKSCS = Charset.forName("Big5-HKSCS");

    private final ChineseTextScorer scorer = new ChineseTextScorer();
    private final BinaryContentCheck binaryCheck = new BinaryContentCheck();

    /** Decodes the bytes in the detected charset, or explains why they are not text. */
    public DecodedText decode(byte[] bytes) throws UndecodableTextException {
        if (bytes == null || bytes.length == 0) {
            throw new UndecodableTextException("empty file");
        }
        Optional<DecodedText> byBom = decodeByBom(bytes);
        DecodedText decoded = byBom.isPresent() ? byBom.get() : decodeWithoutBom(bytes);
        binaryCheck.requireText(decoded.text());
        return decoded;
    }

    private Optional<DecodedText> decodeByBom(byte[] bytes) throws UndecodableTextException {
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return Optional.of(decodeOrFail(bytes, 3, StandardCharsets.UTF_8, "UTF-8 byte order mark"));
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return Optional.of(decodeOrFail(bytes, 2, StandardCharsets.UTF_16LE, "UTF-16LE byte order mark"));
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return Optional.of(decodeOrFail(bytes, 2, StandardCharsets.UTF_16BE, "UTF-16BE byte order mark"));
        }
        return Optional.empty();
    }

    private DecodedText decodeWithoutBom(byte[] bytes) throws UndecodableTextException {
        int nulCount = countNul(bytes);
        if (nulCount > 0) {
            return decodeUtf16ByNulPattern(bytes, nulCount);
        }
        Optional<String> utf8 = StrictDecoder.decode(bytes, 0, StandardCharsets.UTF_8);
        if (utf8.isPresent()) {
            return new DecodedText(utf8.get(), StandardCharsets.UTF_8);
        }
        Utf8Validity validity = Utf8Validity.of(bytes);
        if (validity.isDamagedUtf8()) {
            throw new UndecodableTextException(
                    "bytes are UTF-8 but malformed at byte offset " + validity.firstInvalidOffset());
        }
        List<DecodedText> candidates = new ArrayList<>();
        StrictDecoder.decode(bytes, 0, GB18030).ifPresent(text -> candidates.add(new DecodedText(text, GB18030)));
        Optional<String> big5 = StrictDecoder.decode(bytes, 0, BIG5);
        if (big5.isPresent()) {
            candidates.add(new DecodedText(big5.get(), BIG5));
        } else {
            StrictDecoder.decode(bytes, 0, BIG5_HKSCS)
                    .ifPresent(text -> candidates.add(new DecodedText(text, BIG5_HKSCS)));
        }
        return candidates.stream()
                .max(Comparator.comparingDouble(candidate -> scorer.score(candidate.text())))
                .filter(best -> scorer.score(best.text()) > 0)
                .orElseThrow(() ->
                        new UndecodableTextException("bytes are not valid text in UTF-8, UTF-16, GB18030 or Big5"));
    }

    /**
     * NUL bytes in text mean UTF-16 (the high byte of ASCII characters, the low byte of some CJK ones): decode both
     * byte orders strictly and keep the one that reads as text.
     */
    private DecodedText decodeUtf16ByNulPattern(byte[] bytes, int nulCount) throws UndecodableTextException {
        DecodedText best = null;
        double bestScore = 0;
        if (bytes.length % 2 == 0) {
            for (Charset charset : List.of(StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE)) {
                Optional<String> text = StrictDecoder.decode(bytes, 0, charset);
                if (text.isPresent() && binaryCheck.isText(text.get())) {
                    double score = scorer.score(text.get());
                    if (score > bestScore) {
                        best = new DecodedText(text.get(), charset);
                        bestScore = score;
                    }
                }
            }
        }
        if (best == null) {
            throw new UndecodableTextException("binary content: " + nulCount + " NUL bytes without UTF-16 structure");
        }
        return best;
    }

    private static DecodedText decodeOrFail(byte[] bytes, int offset, Charset charset, String evidence)
            throws UndecodableTextException {
        return StrictDecoder.decode(bytes, offset, charset)
                .map(text -> new DecodedText(text, charset))
                .orElseThrow(() -> new UndecodableTextException(
                        "bytes are not valid " + charset.name() + " although they have a " + evidence));
    }

    private static int countNul(byte[] bytes) {
        int count = 0;
        for (byte b : bytes) {
            if (b == 0) {
                count++;
            }
        }
        return count;
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
