package io.wenliu.ingest.decode;

/** Measures how much of a byte array is well-formed UTF-8, to tell damaged UTF-8 from text in another charset. */
record Utf8Validity(int validNonAscii, int invalidNonAscii, int firstInvalidOffset) {

    /** Share of non-ASCII bytes in well-formed sequences above which bytes are UTF-8 with damage, not another charset. */
    static final double MOSTLY_UTF8 = 0.9;

    static Utf8Validity of(byte[] bytes) {
        int valid = 0;
        int invalid = 0;
        int firstInvalid = -1;
        int i = 0;
        while (i < bytes.length) {
            int b = bytes[i] & 0xFF;
            if (b < 0x80) {
                i++;
                continue;
            }
            int length = sequenceLength(bytes, i);
            if (length > 0) {
                valid += length;
                i += length;
            } else {
                invalid++;
                if (firstInvalid < 0) {
                    firstInvalid = i;
                }
                i++;
            }
        }
        return new Utf8Validity(valid, invalid, firstInvalid);
    }

    /** Whether most non-ASCII bytes form valid UTF-8 sequences, but not all. */
    boolean isDamagedUtf8() {
        int nonAscii = validNonAscii + invalidNonAscii;
        return invalidNonAscii > 0 && nonAscii > 0 && (double) validNonAscii / nonAscii >= MOSTLY_UTF8;
    }

    /** Length of the well-formed multi-byte sequence starting at {@code i}, or 0. */
    private static int sequenceLength(byte[] bytes, int i) {
        int b = bytes[i] & 0xFF;
        int length;
        int min;
        int max = 0xBF;
        if (b >= 0xC2 && b <= 0xDF) {
            length = 2;
            min = 0x80;
        } else if (b >= 0xE0 && b <= 0xEF) {
            length = 3;
            min = b == 0xE0 ? 0xA0 : 0x80;
            max = b == 0xED ? 0x9F : 0xBF;
        } else if (b >= 0xF0 && b <= 0xF4) {
            length = 4;
            min = b == 0xF0 ? 0x90 : 0x80;
            max = b == 0xF4 ? 0x8F : 0xBF;
        } else {
            return 0;
        }
        if (i + length > bytes.length) {
            return 0;
        }
        int second = bytes[i + 1] & 0xFF;
        if (second < min || second > max) {
            return 0;
        }
        for (int k = 2; k < length; k++) {
            int next = bytes[i + k] & 0xFF;
            if (next < 0x80 || next > 0xBF) {
                return 0;
            }
        }
        return length;
    }
}
