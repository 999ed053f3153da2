package io.wenliu.ingest.text;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Placeholder charset detector (UTF-8 only); the text developer replaces it. */
public final class CharsetDetector {

    /** Decodes strict UTF-8 (BOM stripped) or throws. */
    public DecodedText decode(byte[] bytes) throws UndecodableTextException {
        int start =
                bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF
                        ? 3
                        : 0;
        try {
            String text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, start, bytes.length - start))
                    .toString();
            if (text.indexOf('\u0000') >= 0) {
                throw new UndecodableTextException("text contains NUL characters");
            }
            return new DecodedText(text, StandardCharsets.UTF_8);
        } catch (CharacterCodingException e) {
            throw new UndecodableTextException("bytes are not valid UTF-8");
        }
    }
}
