package io.wenliu.analysis.segment.crf;

import java.util.Arrays;

/**
 * Open-addressing hash table from CRF features to weight vectors in one float pool, in place of ansj's
 * {@code SmartForest<float[]>}. A feature is a template index and up to two characters, packed with the number of its
 * weight vector into one long per slot, so a lookup reads one slot and then the weights.
 */
final class FeatureTable {
    /** Most characters a feature key holds besides its template. */
    static final int MAX_KEY_CHARS = 2;

    private static final int INDEX_BITS = 24;
    private static final int MAX_ENTRIES = 1 << INDEX_BITS;
    private static final int MAX_TEMPLATES = 1 << (64 - INDEX_BITS - 16 * MAX_KEY_CHARS);
    private static final long FIBONACCI = 0x9E3779B97F4A7C15L;
    private static final float MAX_LOAD = 0.8f;

    private final int width;
    private long[] slots;
    private int shift;
    private int size;
    private float[] pool;

    /** An empty table for features of {@code width} weights each. */
    FeatureTable(int width, int expectedSize) {
        this.width = width;
        allocate(capacityFor(expectedSize));
        pool = new float[expectedSize * width];
    }

    /** The key of template {@code template}'s feature over characters {@code c0} (and {@code c1}): never 0. */
    static long key(int template, char c0, char c1) {
        return (long) (template + 1) << 32 | (long) c0 << 16 | c1;
    }

    /** Whether a template index fits a key. */
    static boolean fits(int template) {
        return template + 1 < MAX_TEMPLATES;
    }

    int size() {
        return size;
    }

    /** Adds a feature, or replaces its weights when it is already present (the last one wins, as in ansj). */
    void put(long key, float[] weights) {
        int slot = slot(key);
        int entry;
        if (slots[slot] == 0) {
            if (size == MAX_ENTRIES) {
                throw new IllegalStateException("more than " + MAX_ENTRIES + " CRF features");
            }
            if (size + 1 > slots.length * MAX_LOAD) {
                rehash(slots.length * 2);
                slot = slot(key);
            }
            entry = size++;
            slots[slot] = key << INDEX_BITS | entry;
            if ((long) size * width > pool.length) {
                pool = Arrays.copyOf(pool, Math.max(pool.length * 2, size * width));
            }
        } else {
            entry = (int) (slots[slot] & (MAX_ENTRIES - 1));
        }
        System.arraycopy(weights, 0, pool, entry * width, width);
    }

    /** Drops the unused end of the pool once every feature is in. */
    void trim() {
        if (pool.length > size * width) {
            pool = Arrays.copyOf(pool, size * width);
        }
    }

    /** Adds the feature's weights to {@code target} element-wise over the shorter length (ansj's MatrixUtil.dot). */
    void addTo(float[] target, long key) {
        addEntry(target, find(key));
    }

    /** The number of the feature's weight vector, or -1 when the feature is absent. */
    int find(long key) {
        long[] s = slots;
        int mask = s.length - 1;
        int i = (int) ((key * FIBONACCI) >>> shift);
        long slot;
        while ((slot = s[i]) != 0) {
            if (slot >>> INDEX_BITS == key) {
                return (int) (slot & (MAX_ENTRIES - 1));
            }
            i = (i + 1) & mask;
        }
        return -1;
    }

    /** Adds weight vector {@code entry} (none when negative) to {@code target} over the shorter length. */
    void addEntry(float[] target, int entry) {
        if (entry < 0) {
            return;
        }
        int offset = entry * width;
        int n = Math.min(target.length, width);
        for (int j = 0; j < n; j++) {
            target[j] += pool[offset + j];
        }
    }

    /** Approximate bytes held by the arrays. */
    long bytes() {
        return slots.length * 8L + pool.length * 4L;
    }

    /** The slot holding the key, or the empty slot where it would go. */
    private int slot(long key) {
        long[] s = slots;
        int mask = s.length - 1;
        int i = (int) ((key * FIBONACCI) >>> shift);
        while (s[i] != 0 && s[i] >>> INDEX_BITS != key) {
            i = (i + 1) & mask;
        }
        return i;
    }

    private static int capacityFor(int entries) {
        int capacity = 16;
        while (entries > capacity * MAX_LOAD) {
            capacity <<= 1;
        }
        return capacity;
    }

    private void allocate(int capacity) {
        slots = new long[capacity];
        shift = 64 - Integer.numberOfTrailingZeros(capacity);
    }

    private void rehash(int capacity) {
        long[] old = slots;
        allocate(capacity);
        for (long slot : old) {
            if (slot != 0) {
                slots[slot(slot >>> INDEX_BITS)] = slot;
            }
        }
    }
}
