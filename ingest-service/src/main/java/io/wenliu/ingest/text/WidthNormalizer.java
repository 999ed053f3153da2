package io.wenliu.ingest.text;

/**
 * Normalises full-width and half-width forms: full-width ASCII letters, digits and number signs become half width,
 * half-width CJK punctuation and the ideographic space become their usual forms; Chinese punctuation stays full width.
 */
public final class WidthNormalizer {

    private static final String NUMBER_SIGNS = "％．＋－／：";

    /** Returns the text with width variants normalised; the length in code points is unchanged. */
    public String normalize(String text) {
        StringBuilder out = new StringBuilder(text.length());
        int length = text.length();
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            out.append(normalizeChar(
                    c, i > 0 ? out.charAt(out.length() - 1) : ' ', i + 1 < length ? text.charAt(i + 1) : ' '));
        }
        return out.toString();
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
