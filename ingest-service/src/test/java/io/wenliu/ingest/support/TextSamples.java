package io.wenliu.ingest.support;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Text samples and strict encoding for the decoding and hashing tests. */
public final class TextSamples {

    private TextSamples() {}

    /** A passage in traditional characters ({@code text/traditional-sample.txt}). */
    public static String traditionalSample() throws IOException {
        try (InputStream in = TextSamples.class.getResourceAsStream("/text/traditional-sample.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** Encodes strictly: a seed that cannot be written in the charset fails the test instead of losing characters. */
    public static byte[] encode(String text, Charset charset) throws IOException {
        CharsetEncoder encoder = charset.newEncoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer buffer = encoder.encode(CharBuffer.wrap(text));
        byte[] bytes = new byte[buffer.remaining()];
        buffer.get(bytes);
        return bytes;
    }
}
