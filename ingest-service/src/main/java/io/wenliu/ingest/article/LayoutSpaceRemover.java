package io.wenliu.ingest.article;

/**
 * Removes the spaces a PDF extractor leaves inside Chinese text ({@code 2 月 3 日}, {@code 林 晖}): whitespace next
 * to a non-ASCII character goes, a run of whitespace between two ASCII characters becomes one space.
 */
public final class LayoutSpaceRemover {

    /** Returns the line without layout spaces, trimmed. */
    public String remove(String line) {
        StringBuilder out = new StringBuilder(line.length());
        int i = 0;
        int length = line.length();
        while (i < length) {
            char c = line.charAt(i);
            if (!Character.isWhitespace(c) && c != '\u3000') {
                out.append(c);
                i++;
                continue;
            }
            int runEnd = i;
            while (runEnd < length
                    && (Character.isWhitespace(line.charAt(runEnd)) || line.charAt(runEnd) == '\u3000')) {
                runEnd++;
            }
            boolean inside = out.length() > 0 && runEnd < length;
            if (inside && isAscii(out.charAt(out.length() - 1)) && isAscii(line.charAt(runEnd))) {
                out.append(' ');
            }
            i = runEnd;
        }
        return out.toString();
    }

    private static boolean isAscii(char c) {
        return c < 0x80;
    }
}
