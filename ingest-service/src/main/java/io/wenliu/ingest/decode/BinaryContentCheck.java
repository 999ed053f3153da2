package io.wenliu.ingest.decode;

import java.util.Locale;

/** Rejects decoded text that is really binary data: NUL characters or too many control characters. */
final class BinaryContentCheck {

    /** Largest share of control characters (other than tab, line feed, form feed and carriage return). */
    static final double MAX_CONTROL_RATIO = 0.01;

    void requireText(String text) throws UndecodableTextException {
        if (text.isEmpty()) {
            throw new UndecodableTextException("empty file");
        }
        int controls = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\u0000') {
                throw new UndecodableTextException("binary content: NUL character at offset " + i);
            }
            if (isUnexpectedControl(c)) {
                controls++;
            }
        }
        double ratio = (double) controls / text.length();
        if (ratio > MAX_CONTROL_RATIO) {
            throw new UndecodableTextException(
                    String.format(Locale.ROOT, "binary content: %.1f%% control characters", ratio * 100));
        }
    }

    /** Whether {@link #requireText(String)} would accept the text. */
    boolean isText(String text) {
        try {
            requireText(text);
            return true;
        } catch (UndecodableTextException e) {
            return false;
        }
    }

    private static boolean isUnexpectedControl(char c) {
        return Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r' && c != '\f';
    }
}
