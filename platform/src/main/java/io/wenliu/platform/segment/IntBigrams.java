package io.wenliu.platform.segment;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * One word's bigram frequencies (following word's index → frequency) in one int array, an open-addressing table of
 * key and value side by side: what ansj keeps in a {@code HashMap<Integer, Integer>} per word, about 400,000 boxed
 * entries in all, looked up for every pair of adjacent candidate words, mostly for pairs it does not hold. A lookup
 * reads one or two neighbouring slots where a binary search over a frequent word's thousands of followers read a dozen
 * scattered ones. Read-only; the array is final, so a thread that sees this map sees it filled.
 */
public final class IntBigrams extends AbstractMap<Integer, Integer> {

    /** Marks an empty slot; a key equal to it is kept beside the table. */
    private static final int EMPTY = Integer.MIN_VALUE;

    /** Key at {@code 2 * slot}, value at {@code 2 * slot + 1}; the slot count is a power of two. */
    private final int[] table;

    private final int mask;
    private final int size;
    private final Integer emptyKeyValue;

    /** A copy of {@code source} (keys and values must not be null). */
    public IntBigrams(Map<Integer, Integer> source) {
        int slots = slotsFor(source.size());
        table = new int[2 * slots];
        mask = slots - 1;
        for (int i = 0; i < table.length; i += 2) {
            table[i] = EMPTY;
        }
        Integer emptyKey = null;
        for (Map.Entry<Integer, Integer> entry : source.entrySet()) {
            int key = entry.getKey();
            if (key == EMPTY) {
                emptyKey = entry.getValue();
                continue;
            }
            int slot = slot(key);
            while (table[2 * slot] != EMPTY) {
                slot = (slot + 1) & mask;
            }
            table[2 * slot] = key;
            table[2 * slot + 1] = entry.getValue();
        }
        emptyKeyValue = emptyKey;
        size = source.size();
    }

    /** At most two thirds of the slots used, so that a lookup of a missing key ends after a few slots. */
    private static int slotsFor(int entries) {
        return Integer.highestOneBit(Math.max(1, entries + entries / 2)) << 1;
    }

    /** Fibonacci hashing with the high half folded in, so that runs of nearby indices spread over the table. */
    private int slot(int key) {
        int h = key * 0x9E3779B9;
        return (h ^ h >>> 16) & mask;
    }

    @Override
    public Integer get(Object key) {
        if (!(key instanceof Integer boxed)) {
            return null;
        }
        int k = boxed;
        if (k == EMPTY) {
            return emptyKeyValue;
        }
        for (int slot = slot(k); ; slot = (slot + 1) & mask) {
            int found = table[2 * slot];
            if (found == k) {
                return table[2 * slot + 1];
            }
            if (found == EMPTY) {
                return null;
            }
        }
    }

    @Override
    public boolean containsKey(Object key) {
        return get(key) != null;
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public Set<Map.Entry<Integer, Integer>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public int size() {
                return size;
            }

            @Override
            public Iterator<Map.Entry<Integer, Integer>> iterator() {
                return new Iterator<>() {
                    private int next = advance(0);
                    private boolean emptyKeyPending = emptyKeyValue != null;

                    private int advance(int from) {
                        int i = from;
                        while (i < table.length && table[i] == EMPTY) {
                            i += 2;
                        }
                        return i;
                    }

                    @Override
                    public boolean hasNext() {
                        return next < table.length || emptyKeyPending;
                    }

                    @Override
                    public Map.Entry<Integer, Integer> next() {
                        if (next < table.length) {
                            int i = next;
                            next = advance(i + 2);
                            return new AbstractMap.SimpleImmutableEntry<>(table[i], table[i + 1]);
                        }
                        if (emptyKeyPending) {
                            emptyKeyPending = false;
                            return new AbstractMap.SimpleImmutableEntry<>(EMPTY, emptyKeyValue);
                        }
                        throw new NoSuchElementException();
                    }
                };
            }
        };
    }
}
