package io.wenliu.platform.segment;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * One word's bigram frequencies (following word's index → frequency) as two sorted int arrays: what ansj keeps in a
 * {@code HashMap<Integer, Integer>} per word, about 400,000 boxed entries in all, looked up for every pair of adjacent
 * candidate words. Read-only; the arrays are final, so a thread that sees this map sees them filled.
 */
public final class IntBigrams extends AbstractMap<Integer, Integer> {

    private final int[] keys;
    private final int[] values;

    /** A copy of {@code source} (keys and values must not be null). */
    public IntBigrams(Map<Integer, Integer> source) {
        int[][] pairs = new int[source.size()][];
        int n = 0;
        for (Map.Entry<Integer, Integer> entry : source.entrySet()) {
            pairs[n++] = new int[] {entry.getKey(), entry.getValue()};
        }
        Arrays.sort(pairs, (a, b) -> Integer.compare(a[0], b[0]));
        keys = new int[n];
        values = new int[n];
        for (int i = 0; i < n; i++) {
            keys[i] = pairs[i][0];
            values[i] = pairs[i][1];
        }
    }

    @Override
    public Integer get(Object key) {
        if (!(key instanceof Integer)) {
            return null;
        }
        int i = Arrays.binarySearch(keys, (Integer) key);
        return i >= 0 ? values[i] : null;
    }

    @Override
    public boolean containsKey(Object key) {
        return key instanceof Integer && Arrays.binarySearch(keys, (Integer) key) >= 0;
    }

    @Override
    public int size() {
        return keys.length;
    }

    @Override
    public Set<Map.Entry<Integer, Integer>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public int size() {
                return keys.length;
            }

            @Override
            public Iterator<Map.Entry<Integer, Integer>> iterator() {
                return new Iterator<>() {
                    private int next;

                    @Override
                    public boolean hasNext() {
                        return next < keys.length;
                    }

                    @Override
                    public Map.Entry<Integer, Integer> next() {
                        if (next >= keys.length) {
                            throw new NoSuchElementException();
                        }
                        int i = next++;
                        return new AbstractMap.SimpleImmutableEntry<>(keys[i], values[i]);
                    }
                };
            }
        };
    }
}
