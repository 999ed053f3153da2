package io.wenliu.analysis.entity.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Trains the weights by the averaged structured perceptron: each epoch visits the examples in an order shuffled from
 * a fixed seed, decodes each with {@link ViterbiDecoder} and moves the weights towards the gold tags where they
 * differ. Features seen fewer than {@code minCount} times are dropped, as are features left with no weight. The same
 * examples and settings give the same table.
 */
public final class PerceptronTrainer {
    /** One training text: per character its feature hashes, and its gold tags. */
    public record Example(long[][] features, int[] tags) {}

    private final int epochs;
    private final long seed;
    private final int minCount;

    public PerceptronTrainer(int epochs, long seed, int minCount) {
        this.epochs = epochs;
        this.seed = seed;
        this.minCount = minCount;
    }

    public WeightTable train(List<Example> examples) {
        int k = Tags.COUNT;
        Map<Long, Integer> index = index(examples);
        int[][][] rows = new int[examples.size()][][];
        for (int e = 0; e < examples.size(); e++) {
            rows[e] = rows(examples.get(e).features(), index);
        }
        double[] w = new double[index.size() * k];
        double[] u = new double[w.length];
        double[] tw = new double[(k + 1) * k];
        double[] tu = new double[tw.length];
        List<Integer> order = new ArrayList<>();
        for (int e = 0; e < examples.size(); e++) {
            order.add(e);
        }
        Random random = new Random(seed);
        long c = 1;
        for (int epoch = 0; epoch < epochs; epoch++) {
            Collections.shuffle(order, random);
            for (int e : order) {
                int[] gold = examples.get(e).tags();
                int[][] features = rows[e];
                int[] predicted = ViterbiDecoder.decode(emission(features, w), (from, to) -> (float) tw[from * k + to]);
                for (int i = 0; i < gold.length; i++) {
                    int goldFrom = i == 0 ? k : gold[i - 1];
                    int predictedFrom = i == 0 ? k : predicted[i - 1];
                    if (gold[i] == predicted[i] && goldFrom == predictedFrom) {
                        continue;
                    }
                    update(tw, tu, goldFrom * k + gold[i], 1, c);
                    update(tw, tu, predictedFrom * k + predicted[i], -1, c);
                    if (gold[i] != predicted[i]) {
                        for (int f : features[i]) {
                            update(w, u, f * k + gold[i], 1, c);
                            update(w, u, f * k + predicted[i], -1, c);
                        }
                    }
                }
                c++;
            }
        }
        return averaged(index, w, u, tw, tu, c);
    }

    /** Numbers the features seen at least minCount times, in order of first appearance. */
    private Map<Long, Integer> index(List<Example> examples) {
        Map<Long, Integer> counts = new HashMap<>();
        for (Example ex : examples) {
            for (long[] position : ex.features()) {
                for (long h : position) {
                    counts.merge(h, 1, Integer::sum);
                }
            }
        }
        Map<Long, Integer> index = new HashMap<>();
        for (Example ex : examples) {
            for (long[] position : ex.features()) {
                for (long h : position) {
                    if (counts.get(h) >= minCount && !index.containsKey(h)) {
                        index.put(h, index.size());
                    }
                }
            }
        }
        return index;
    }

    private static int[][] rows(long[][] features, Map<Long, Integer> index) {
        int[][] rows = new int[features.length][];
        for (int i = 0; i < features.length; i++) {
            rows[i] = Arrays.stream(features[i])
                    .mapToObj(index::get)
                    .filter(r -> r != null)
                    .mapToInt(Integer::intValue)
                    .toArray();
        }
        return rows;
    }

    private static float[][] emission(int[][] features, double[] w) {
        int k = Tags.COUNT;
        float[][] emission = new float[features.length][k];
        for (int i = 0; i < features.length; i++) {
            for (int f : features[i]) {
                for (int t = 0; t < k; t++) {
                    emission[i][t] += (float) w[f * k + t];
                }
            }
        }
        return emission;
    }

    private static void update(double[] w, double[] u, int at, int delta, long c) {
        w[at] += delta;
        u[at] += delta * (double) c;
    }

    /** The averaged weights (w − u / c), features in hash order, those left without any weight dropped. */
    private static WeightTable averaged(
            Map<Long, Integer> index, double[] w, double[] u, double[] tw, double[] tu, long c) {
        int k = Tags.COUNT;
        long[] hashes =
                index.keySet().stream().mapToLong(Long::longValue).sorted().toArray();
        long[] kept = new long[hashes.length];
        float[] weights = new float[hashes.length * k];
        int size = 0;
        for (long h : hashes) {
            int row = index.get(h);
            boolean any = false;
            for (int t = 0; t < k; t++) {
                float v = (float) (w[row * k + t] - u[row * k + t] / c);
                weights[size * k + t] = v;
                any |= v != 0f;
            }
            if (any) {
                kept[size++] = h;
            }
        }
        float[] transitions = new float[tw.length];
        for (int i = 0; i < tw.length; i++) {
            transitions[i] = (float) (tw[i] - tu[i] / c);
        }
        return new WeightTable(Arrays.copyOf(kept, size), Arrays.copyOf(weights, size * k), transitions);
    }
}
