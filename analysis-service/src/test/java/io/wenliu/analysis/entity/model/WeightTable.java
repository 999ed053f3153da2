package io.wenliu.analysis.entity.model;

import java.util.Arrays;

/**
 * The trained weights: per feature hash one weight per tag (an open-addressing table from hash to row), and the
 * tag-transition weights, row {@link Tags#COUNT} being the text's start.
 */
public final class WeightTable {
    /** Floats per slot in {@link #bySlot}: the tags' weights padded to 64 bytes. */
    private static final int ROW = 16;

    /** Open addressing: the hash held by each slot, 0 when empty (small enough to stay in cache). */
    private final long[] slots;
    /** The weights of the feature in slot s at 16s … 16s + COUNT − 1 (a 64-byte line per feature). */
    private final float[] bySlot;

    private final int mask;
    private final long[] features;
    private final float[] weights;
    private final float[] transitions;

    /**
     * @param features the feature hashes, each once
     * @param weights {@link Tags#COUNT} weights per feature, in the features' order
     * @param transitions ({@link Tags#COUNT} + 1) × {@link Tags#COUNT} weights, from (row) → to (column)
     */
    public WeightTable(long[] features, float[] weights, float[] transitions) {
        if (weights.length != features.length * Tags.COUNT || transitions.length != (Tags.COUNT + 1) * Tags.COUNT) {
            throw new IllegalArgumentException("weights do not fit " + features.length + " features");
        }
        this.features = features.clone();
        this.weights = weights.clone();
        this.transitions = transitions.clone();
        int capacity = Integer.highestOneBit(Math.max(4, features.length * 3 / 2)) * 2;
        this.slots = new long[capacity];
        this.bySlot = new float[capacity * ROW];
        this.mask = capacity - 1;
        for (int f = 0; f < features.length; f++) {
            if (features[f] == 0) {
                throw new IllegalArgumentException("feature hash 0 marks an empty slot");
            }
            int slot = slot(features[f]);
            if (slots[slot] == features[f]) {
                throw new IllegalArgumentException("feature listed twice: " + features[f]);
            }
            slots[slot] = features[f];
            System.arraycopy(weights, f * Tags.COUNT, bySlot, slot * ROW, Tags.COUNT);
        }
    }

    /** Adds each tag's weights over the features to {@code scores} (length {@link Tags#COUNT}). */
    public void score(long[] featureHashes, float[] scores) {
        score(featureHashes, scores, 0);
    }

    /** Adds each tag's weights over the features to {@code scores[offset]} … {@code scores[offset + COUNT - 1]}. */
    void score(long[] featureHashes, float[] scores, int offset) {
        score(featureHashes, featureHashes.length, scores, offset);
    }

    /** {@link #score(long[], float[], int)} over the first {@code size} hashes. */
    void score(long[] featureHashes, int size, float[] scores, int offset) {
        long[] slots = this.slots;
        float[] weights = this.bySlot;
        for (int f = 0; f < size; f++) {
            long h = featureHashes[f];
            int slot = (int) (h ^ (h >>> 32)) & mask;
            long held = slots[slot];
            while (held != h && held != 0) {
                slot = (slot + 1) & mask;
                held = slots[slot];
            }
            if (held == h) {
                int base = slot * ROW;
                for (int t = 0; t < Tags.COUNT; t++) {
                    scores[offset + t] += weights[base + t];
                }
            }
        }
    }

    /** The transition weights as stored (not a copy): row from (start {@link Tags#COUNT}), column to. */
    float[] transitionWeights() {
        return transitions;
    }

    /** The weight of moving from tag {@code from} (or {@link Tags#COUNT} at the start) to tag {@code to}. */
    public float transition(int from, int to) {
        return transitions[from * Tags.COUNT + to];
    }

    /** This table without the features whose largest absolute weight is below {@code minWeight}. */
    public WeightTable pruned(float minWeight) {
        long[] kept = new long[features.length];
        float[] keptWeights = new float[weights.length];
        int size = 0;
        for (int f = 0; f < features.length; f++) {
            float largest = 0f;
            for (int t = 0; t < Tags.COUNT; t++) {
                largest = Math.max(largest, Math.abs(weights[f * Tags.COUNT + t]));
            }
            if (largest >= minWeight) {
                System.arraycopy(weights, f * Tags.COUNT, keptWeights, size * Tags.COUNT, Tags.COUNT);
                kept[size++] = features[f];
            }
        }
        return new WeightTable(Arrays.copyOf(kept, size), Arrays.copyOf(keptWeights, size * Tags.COUNT), transitions);
    }

    /** The number of features. */
    public int size() {
        return features.length;
    }

    long[] features() {
        return features.clone();
    }

    float[] weights() {
        return weights.clone();
    }

    float[] transitions() {
        return transitions.clone();
    }

    private int slot(long h) {
        int slot = (int) (h ^ (h >>> 32)) & mask;
        while (slots[slot] != 0 && slots[slot] != h) {
            slot = (slot + 1) & mask;
        }
        return slot;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof WeightTable other
                && Arrays.equals(features, other.features)
                && Arrays.equals(weights, other.weights)
                && Arrays.equals(transitions, other.transitions);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(features) * 31 + Arrays.hashCode(transitions);
    }
}
