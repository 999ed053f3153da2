package io.wenliu.ingest.article;

/** Reads the numbers of printed dates: Arabic digits, digit-by-digit years (一九九八) and counted numbers (二十三). */
final class ChineseNumerals {

    private static final String DIGITS = "〇一二三四五六七八九";

    private ChineseNumerals() {}

    /** The value of {@code 12}, {@code 十二}, {@code 二十三} or {@code 一九九八}. */
    static int value(String text) {
        if (text.chars().allMatch(Character::isDigit)) {
            return Integer.parseInt(text);
        }
        String digits = text.replace('零', '〇');
        int ten = digits.indexOf('十');
        if (ten < 0) {
            int value = 0;
            for (char c : digits.toCharArray()) {
                value = value * 10 + DIGITS.indexOf(c);
            }
            return value;
        }
        int tens = ten == 0 ? 1 : DIGITS.indexOf(digits.charAt(ten - 1));
        int units = ten == digits.length() - 1 ? 0 : DIGITS.indexOf(digits.charAt(ten + 1));
        return tens * 10 + units;
    }
}
