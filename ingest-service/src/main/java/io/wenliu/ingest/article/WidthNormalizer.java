package io.wenliu.ingest.article;

/**
 * Normalises full-width and half-width forms: full-width ASCII letters, digits and number signs become half width,
 * half-width CJK punctuation and the ideographic space become their usual forms; Chinese punctuation stays full width.
 */
public final class WidthNormalizer {

    private static final String NUMBER_SIGNS = "％．＋－／：";

    /** Returns the text with width variants normalised; the length in code points is unchanged. */
    public String normalize(String text) {
        int length = text.length();
        char[] out = new char[length];
        char previous = ' ';
        for (int i = 0; i < length; i++) {
            previous = normalizeChar(text.charAt(i), previous, i + 1 < length ? text.charAt(i + 1) : ' ');
            out[i] = previous;
        }
        return new String(out);
    }

    private static char normalizeChar(char c, char previous, char next) {
        if (isFullWidthAlnum(c)) {
            return (char) (c - 0xFEE0);
        }
        if (NUMBER_SIGNS.indexOf(c) >= 0
                && isDigit(previous)
                && (c == '％' || isDigit(next) || isFullWidthAlnum(next))) {
            return (char) (c - 0xFEE0);
        }
        if (c == '\u3000') {
            return ' ';
        }
        return switch (c) {
            case '｡' -> '。';
            case '､' -> '、';
            case '｢' -> '「';
            case '｣' -> '」';
            default -> c;
        };
    }

    private static boolean isFullWidthAlnum(char c) {
        return (c >= '０' && c <= '９') || (c >= 'Ａ' && c <= 'Ｚ') || (c >= 'ａ' && c <= 'ｚ');
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
