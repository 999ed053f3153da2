package io.wenliu.analysis.entity.model;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * Reads and writes a {@link WeightTable} as gzip: a header, the transition weights, then per feature its hash, a
 * bit mask of its non-zero tags and those weights. The gzip header carries no time stamp, so the same table always
 * gives the same bytes.
 */
public final class ModelFile {
    private static final int MAGIC = 0x57454e31; // "WEN1"

    private ModelFile() {}

    public static void write(WeightTable table, OutputStream target) throws IOException {
        GZIPOutputStream gzip = new GZIPOutputStream(target);
        DataOutputStream out = new DataOutputStream(gzip);
        out.writeInt(MAGIC);
        out.writeInt(Tags.COUNT);
        for (float t : table.transitions()) {
            out.writeFloat(t);
        }
        long[] features = table.features();
        float[] weights = table.weights();
        out.writeInt(features.length);
        for (int f = 0; f < features.length; f++) {
            out.writeLong(features[f]);
            int mask = 0;
            for (int t = 0; t < Tags.COUNT; t++) {
                if (weights[f * Tags.COUNT + t] != 0f) {
                    mask |= 1 << t;
                }
            }
            out.writeShort(mask);
            for (int t = 0; t < Tags.COUNT; t++) {
                if ((mask & (1 << t)) != 0) {
                    out.writeFloat(weights[f * Tags.COUNT + t]);
                }
            }
        }
        out.flush();
        gzip.finish();
    }

    public static WeightTable read(InputStream source) throws IOException {
        DataInputStream in = new DataInputStream(new GZIPInputStream(source));
        if (in.readInt() != MAGIC || in.readInt() != Tags.COUNT) {
            throw new IOException("not an entity model of " + Tags.COUNT + " tags");
        }
        float[] transitions = new float[(Tags.COUNT + 1) * Tags.COUNT];
        for (int i = 0; i < transitions.length; i++) {
            transitions[i] = in.readFloat();
        }
        int n = in.readInt();
        long[] features = new long[n];
        float[] weights = new float[n * Tags.COUNT];
        for (int f = 0; f < n; f++) {
            features[f] = in.readLong();
            int mask = in.readShort() & 0xffff;
            for (int t = 0; t < Tags.COUNT; t++) {
                if ((mask & (1 << t)) != 0) {
                    weights[f * Tags.COUNT + t] = in.readFloat();
                }
            }
        }
        return new WeightTable(features, weights, transitions);
    }
}
