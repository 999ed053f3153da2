package io.wenliu.analysis.quality;

/** Precision/recall/F1 counters. */
public final class Prf {
    int truePositives;
    int falsePositives;
    int falseNegatives;

    void add(Prf other) {
        truePositives += other.truePositives;
        falsePositives += other.falsePositives;
        falseNegatives += other.falseNegatives;
    }

    public double precision() {
        int d = truePositives + falsePositives;
        return d == 0 ? 0 : (double) truePositives / d;
    }

    public double recall() {
        int d = truePositives + falseNegatives;
        return d == 0 ? 0 : (double) truePositives / d;
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    /** One table row. */
    public String row(String label) {
        return String.format(
                "%-13s P %.3f  R %.3f  F1 %.3f  (tp %d, fp %d, fn %d)",
                label, precision(), recall(), f1(), truePositives, falsePositives, falseNegatives);
    }
}
