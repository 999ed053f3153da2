package io.wenliu.analysis.entity.model;

/**
 * 64-bit FNV-1a hashes of feature templates and their values, built without allocating strings. A feature is its
 * template number followed by the characters of its values; 0 is never returned (it marks an empty slot).
 */
final class FeatureHash {
    private static final long OFFSET = 0xcbf29ce484222325L;
    private static final long PRIME = 0x100000001b3L;

    private FeatureHash() {}

    static long start(int template) {
        return add(OFFSET, (char) template);
    }

    static long add(long h, char c) {
        h = (h ^ (c & 0xff)) * PRIME;
        return (h ^ (c >>> 8)) * PRIME;
    }

    static long add(long h, String s) {
        for (int i = 0; i < s.length(); i++) {
            h = add(h, s.charAt(i));
        }
        return add(h, '\u0001');
    }

    /** The finished hash (never 0). */
    static long done(long h) {
        return h == 0 ? 1 : h;
    }
}
