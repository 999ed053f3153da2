package io.wenliu.ingest.bench;

import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * A fixed CPU-bound workload (hashing, normalising and regex-splitting Chinese text) timed on the calling thread, to
 * compare runs of the benchmark made while the machine was more or less busy: report CPU figures relative to it.
 */
final class ReferenceWork {

    private static final Pattern SENTENCES = Pattern.compile("(?<=[。！？])");

    private ReferenceWork() {}

    /** CPU milliseconds the workload took on this thread (best of three). */
    static double millis(String text) {
        double best = Double.MAX_VALUE;
        for (int attempt = 0; attempt < 3; attempt++) {
            long start = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
            long sink = run(text);
            long cpu = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - start;
            best = Math.min(best, (cpu + (sink & 1)) / 1e6);
        }
        return best;
    }

    private static long run(String text) {
        try {
            long sink = 0;
            for (int i = 0; i < 40; i++) {
                MessageDigest digest = MessageDigest.getInstance("SHA-256");
                sink += digest.digest(
                                Normalizer.normalize(text, Normalizer.Form.NFKC).getBytes(StandardCharsets.UTF_8))[0];
                sink += SENTENCES.split(text).length;
            }
            return sink;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
