package io.wenliu.analysis.entity.model;

import java.util.stream.IntStream;

/** The best legal tag sequence (see {@link Tags#allowed}) under emission plus transition scores. */
public final class ViterbiDecoder {
    private static final int K = Tags.COUNT;
    /** Per tag, the tags that may stand before it (7 for O, B and S; 2 for I and E). */
    private static final int[][] BEFORE = predecessors();
    /** Per tag, the tags that may follow it. */
    private static final int[][] AFTER = successors();

    private ViterbiDecoder() {}

    /** The tags of a text given its per-character features and the weights. */
    public static int[] decode(WeightTable table, long[][] features) {
        int n = features.length;
        float[] emission = emission(table, features);
        float[] forward = new float[n * K];
        return forward(emission, n, table.transitionWeights(), forward);
    }

    /** The tags of a text of n characters given its tag scores, flat: character i's at i × COUNT. */
    static int[] decode(WeightTable table, float[] emission, int n) {
        return forward(emission, n, table.transitionWeights(), new float[n * K]);
    }

    /** {@link #decode(WeightTable, float[], int)} with each character's margin over tagging it O. */
    static Scored decodeScored(WeightTable table, float[] emission, int n) {
        return scored(emission, n, table.transitionWeights());
    }

    /** The transition weights: from a tag (or {@link Tags#COUNT} at the start) to a tag. */
    @FunctionalInterface
    public interface Transitions {
        float weight(int from, int to);
    }

    /** The best legal tags given per-character tag scores and transition weights (ties: the lower tag). */
    public static int[] decode(float[][] emission, Transitions transitions) {
        int n = emission.length;
        float[] flat = new float[n * K];
        for (int i = 0; i < n; i++) {
            System.arraycopy(emission[i], 0, flat, i * K, K);
        }
        return forward(flat, n, matrix(transitions), new float[n * K]);
    }

    /** The best tags and, per character, how much the best path outscores the best path tagging it O (0 where O). */
    public record Scored(int[] tags, float[] outsideMargin) {}

    /** {@link #decode(WeightTable, long[][])} with each character's margin over tagging it O. */
    public static Scored decodeScored(WeightTable table, long[][] features) {
        return scored(emission(table, features), features.length, table.transitionWeights());
    }

    /**
     * Max-product forward and backward passes: the best path through O at character i scores forward[i][O] +
     * backward[i][O], the best path overall the maximum over the last character; their difference is the margin.
     */
    public static Scored decodeScored(float[][] emission, Transitions transitions) {
        int n = emission.length;
        float[] flat = new float[n * K];
        for (int i = 0; i < n; i++) {
            System.arraycopy(emission[i], 0, flat, i * K, K);
        }
        return scored(flat, n, matrix(transitions));
    }

    private static float[] emission(WeightTable table, long[][] features) {
        float[] emission = new float[features.length * K];
        for (int i = 0; i < features.length; i++) {
            table.score(features[i], emission, i * K);
        }
        return emission;
    }

    private static float[] matrix(Transitions transitions) {
        float[] move = new float[(K + 1) * K];
        for (int p = 0; p <= K; p++) {
            for (int t = 0; t < K; t++) {
                move[p * K + t] = transitions.weight(p, t);
            }
        }
        return move;
    }

    /** Fills the forward (Viterbi) scores, flat n × K, and returns the best tags. */
    private static int[] forward(float[] emission, int n, float[] move, float[] forward) {
        int[] tags = new int[n];
        if (n == 0) {
            return tags;
        }
        byte[] back = new byte[n * K];
        for (int t = 0; t < K; t++) {
            forward[t] = Tags.allowed(-1, t) ? emission[t] + move[K * K + t] : Float.NEGATIVE_INFINITY;
        }
        for (int i = 1; i < n; i++) {
            int here = i * K;
            int there = here - K;
            for (int t = 0; t < K; t++) {
                int[] before = BEFORE[t];
                int from = before[0];
                float best = forward[there + from] + move[from * K + t];
                for (int b = 1; b < before.length; b++) {
                    int p = before[b];
                    float s = forward[there + p] + move[p * K + t];
                    if (s > best) {
                        best = s;
                        from = p;
                    }
                }
                forward[here + t] = best + emission[here + t];
                back[here + t] = (byte) from;
            }
        }
        int last = Tags.O;
        float best = Float.NEGATIVE_INFINITY;
        int end = (n - 1) * K;
        for (int t = 0; t < K; t++) {
            if (Tags.allowedLast(t) && forward[end + t] > best) {
                best = forward[end + t];
                last = t;
            }
        }
        tags[n - 1] = last;
        for (int i = n - 1; i > 0; i--) {
            tags[i - 1] = back[i * K + tags[i]];
        }
        return tags;
    }

    private static Scored scored(float[] emission, int n, float[] move) {
        float[] forward = new float[n * K];
        int[] tags = forward(emission, n, move, forward);
        float[] margin = new float[n];
        if (n == 0) {
            return new Scored(tags, margin);
        }
        float[] backward = new float[n * K];
        int end = (n - 1) * K;
        for (int t = 0; t < K; t++) {
            backward[end + t] = Tags.allowedLast(t) ? 0f : Float.NEGATIVE_INFINITY;
        }
        for (int i = n - 2; i >= 0; i--) {
            int here = i * K;
            int next = here + K;
            for (int p = 0; p < K; p++) {
                float best = Float.NEGATIVE_INFINITY;
                for (int t : AFTER[p]) {
                    best = Math.max(best, move[p * K + t] + emission[next + t] + backward[next + t]);
                }
                backward[here + p] = best;
            }
        }
        float total = Float.NEGATIVE_INFINITY;
        for (int t = 0; t < K; t++) {
            total = Math.max(total, forward[end + t] + backward[end + t]);
        }
        for (int i = 0; i < n; i++) {
            margin[i] = tags[i] == Tags.O ? 0f : total - (forward[i * K + Tags.O] + backward[i * K + Tags.O]);
        }
        return new Scored(tags, margin);
    }

    private static int[][] successors() {
        int[][] after = new int[K][];
        for (int p = 0; p < K; p++) {
            int tag = p;
            after[p] = IntStream.range(0, K).filter(t -> Tags.allowed(tag, t)).toArray();
        }
        return after;
    }

    private static int[][] predecessors() {
        int[][] before = new int[K][];
        for (int t = 0; t < K; t++) {
            int tag = t;
            before[t] = IntStream.range(0, K).filter(p -> Tags.allowed(p, tag)).toArray();
        }
        return before;
    }
}
