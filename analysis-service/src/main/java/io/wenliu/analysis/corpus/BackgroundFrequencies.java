package io.wenliu.analysis.corpus;

import org.ansj.domain.AnsjItem;
import org.ansj.library.DATDictionary;

/** Background term weights from the frequencies of ansj's core dictionary, used while the corpus is small. */
public final class BackgroundFrequencies {
    /** Roughly the number of words behind the library dictionary's frequencies (的 alone counts 54,477). */
    private static final double TOTAL = 1_200_000d;

    /** Inverse-frequency weight of a term: high for rare or unknown phrases, low for common words. */
    public double idf(String term) {
        AnsjItem item = DATDictionary.getItem(term);
        int freq = 0;
        if (item != null && item != AnsjItem.NULL && item.termNatures != null) {
            freq = Math.max(0, item.termNatures.allFreq);
        }
        return Math.log(TOTAL / (freq + 5.0));
    }
}
