package io.wenliu.analysis.segment.crf;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InvalidObjectException;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.util.Arrays;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import org.ansj.app.crf.Config;
import org.ansj.dic.DicReader;

/**
 * ansj's CRF segmentation model ({@code crf.model}, the format {@code CRFModel.loadModel} reads) held in primitive
 * arrays: transition weights, the feature templates, a {@link FeatureTable} and, for one-character features, a table
 * indexed by the character.
 */
public final class CompactCrfModel {
    /** The model resource in the ansj jar, read as ansj reads {@code jar://crf.model}. */
    public static final String RESOURCE = "crf.model";

    /** Scores per position in ansj's SplitWord: 4 tags, then 4 x 4 tag-pair weights. */
    static final int SCORE_WIDTH = Config.TAG_NUM + Config.TAG_NUM * Config.TAG_NUM;

    private static final int BUFFER = 1 << 16;
    private static final Set<Class<?>> SERIALIZED = Set.of(float[][].class, float[].class, int[][].class, int[].class);

    private final float[] transitions;
    private final int[][] templates;
    private final FeatureTable features;
    /** For each one-position template, the weight vector of each character plus 1 (0: none), to skip the hashing. */
    private final int[][] single;

    private final int unreachable;

    private CompactCrfModel(float[] transitions, int[][] templates, FeatureTable features, int unreachable) {
        this.transitions = transitions;
        this.templates = templates;
        this.features = features;
        this.unreachable = unreachable;
        this.single = new int[templates.length][];
        for (int t = 0; t < templates.length; t++) {
            if (templates[t] != null && templates[t].length == 1) {
                single[t] = new int[Character.MAX_VALUE + 1];
                for (int c = 0; c <= Character.MAX_VALUE; c++) {
                    single[t][c] = features.find(FeatureTable.key(t, (char) c, (char) 0)) + 1;
                }
            }
        }
    }

    /** Reads the model shipped in the ansj jar. */
    public static CompactCrfModel fromAnsjJar() throws IOException {
        InputStream in = DicReader.getInputStream(RESOURCE);
        if (in == null) {
            throw new IOException("ansj CRF model resource " + RESOURCE + " not found on the classpath");
        }
        try (in) {
            return read(in);
        }
    }

    /**
     * Reads a model in ansj's format: gzip + ObjectOutputStream of a version, the 4 x 4 transition weights, the
     * templates, then groups of (width, count, count x (name, width weights)).
     */
    public static CompactCrfModel read(InputStream in) throws IOException {
        try (ObjectInputStream ois =
                new ObjectInputStream(new BufferedInputStream(new GZIPInputStream(in, BUFFER), BUFFER))) {
            ois.setObjectInputFilter(CompactCrfModel::arraysOnly);
            ois.readUTF();
            float[] transitions = transitions((float[][]) ois.readObject());
            int[][] templates = matchable((int[][]) ois.readObject());
            FeatureTable features = null;
            int unreachable = 0;
            int width;
            int count;
            // CRFModel.loadModel's loop stops after the first group with a non-zero width and count, so that group
            // is the last one read and its features are the only ones with weights: a feature of width 0 adds
            // nothing, exactly as one that is absent.
            do {
                width = ois.readInt();
                count = ois.readInt();
                if (width < 0 || count < 0) {
                    throw new InvalidObjectException("CRF feature group of width " + width + " and count " + count);
                }
                if (width > 0 && count > 0) {
                    features = new FeatureTable(Math.min(width, SCORE_WIDTH), count);
                }
                float[] weights = new float[width];
                for (int i = 0; i < count; i++) {
                    String name = ois.readUTF();
                    for (int j = 0; j < width; j++) {
                        weights[j] = ois.readFloat();
                    }
                    long key = key(name, templates);
                    if (key == 0) {
                        unreachable++;
                    } else if (features != null) {
                        features.put(key, weights);
                    }
                }
            } while (width == 0 || count == 0);
            features.trim();
            return new CompactCrfModel(transitions, templates, features, unreachable);
        } catch (ClassNotFoundException | ClassCastException e) {
            throw new InvalidObjectException("not an ansj CRF model: " + e);
        }
    }

    /** ansj's status matrix, row-major. */
    private static float[] transitions(float[][] status) throws InvalidObjectException {
        float[] transitions = new float[Config.TAG_NUM * Config.TAG_NUM];
        if (status.length < Config.TAG_NUM) {
            throw new InvalidObjectException("CRF transition matrix has " + status.length + " rows");
        }
        for (int from = 0; from < Config.TAG_NUM; from++) {
            if (status[from].length < Config.TAG_NUM) {
                throw new InvalidObjectException(
                        "CRF transition row " + from + " has " + status[from].length + " columns");
            }
            System.arraycopy(status[from], 0, transitions, from * Config.TAG_NUM, Config.TAG_NUM);
        }
        return transitions;
    }

    /**
     * The templates, null where no feature can match: a template of no positions gives none, and one of more
     * positions than a feature name holds (checked on every name) can find none.
     */
    private static int[][] matchable(int[][] templates) throws InvalidObjectException {
        int[][] matchable = new int[templates.length][];
        for (int t = 0; t < templates.length; t++) {
            int positions = templates[t].length;
            if (positions > 0 && positions <= FeatureTable.MAX_KEY_CHARS) {
                if (!FeatureTable.fits(t)) {
                    throw new InvalidObjectException("CRF model has " + templates.length + " templates");
                }
                matchable[t] = templates[t].clone();
            }
        }
        return matchable;
    }

    /**
     * The key of a feature name (its template's positions, then the template's marker character), or 0 when no
     * lookup can ever ask for it. Fails on a name longer than a key can hold.
     */
    private static long key(String name, int[][] templates) throws InvalidObjectException {
        if (name.length() > FeatureTable.MAX_KEY_CHARS + 1) {
            throw new InvalidObjectException("CRF feature name of " + name.length() + " chars (\"" + name
                    + "\"): the compact model holds at most " + (FeatureTable.MAX_KEY_CHARS + 1));
        }
        int t = name.isEmpty() ? -1 : name.charAt(name.length() - 1) - Config.FEATURE_BEGIN;
        if (t < 0 || t >= templates.length || templates[t] == null || templates[t].length != name.length() - 1) {
            return 0;
        }
        return FeatureTable.key(t, name.charAt(0), name.length() == 3 ? name.charAt(1) : 0);
    }

    private static ObjectInputFilter.Status arraysOnly(ObjectInputFilter.FilterInfo info) {
        Class<?> type = info.serialClass();
        return type == null || SERIALIZED.contains(type)
                ? ObjectInputFilter.Status.ALLOWED
                : ObjectInputFilter.Status.REJECTED;
    }

    /** Number of features with weights. */
    public int featureCount() {
        return features.size();
    }

    /** Number of feature names in the file that no template can look up (left out). */
    public int unreachableCount() {
        return unreachable;
    }

    /** Approximate bytes held by the model's arrays. */
    public long bytes() {
        long bytes = features.bytes() + transitions.length * 4L;
        for (int[] table : single) {
            bytes += table == null ? 0 : table.length * 4L;
        }
        return bytes;
    }

    /** Weight of the transition between two tags (ansj's Model.tagRate). */
    float transition(int from, int to) {
        return transitions[from * Config.TAG_NUM + to];
    }

    /**
     * Fills {@code scores} ({@link #SCORE_WIDTH} long) with the weights of the features at {@code index}, summed in
     * template order from zero, as ansj's SplitWord.computeTagScore does; positions outside the first {@code count}
     * names read as {@link Config#BEGIN} and {@link Config#END}.
     */
    void scores(char[] names, int count, int index, float[] scores) {
        Arrays.fill(scores, 0f);
        for (int t = 0; t < templates.length; t++) {
            int[] template = templates[t];
            if (template == null) {
                continue;
            }
            char c0 = name(names, count, index + template[0]);
            if (template.length == 1) {
                features.addEntry(scores, single[t][c0] - 1);
            } else {
                features.addTo(scores, FeatureTable.key(t, c0, name(names, count, index + template[1])));
            }
        }
    }

    private static char name(char[] names, int count, int p) {
        return p < 0 ? Config.BEGIN : p >= count ? Config.END : names[p];
    }
}
