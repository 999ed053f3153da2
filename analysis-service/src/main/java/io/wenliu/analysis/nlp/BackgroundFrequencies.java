package io.wenliu.analysis.nlp;

import org.ansj.domain.AnsjItem;
import org.ansj.library.DATDictionary;

/** Background term weights from the frequencies of ansj's core dictionary, used while the corpus is small. */
public final class BackgroundFrequencies {
    private static final double TOTAL = 5_000_000d;

    /** Inverse-frequency weight of a term: high for rare or unknown phrases, low for common words. */
    public double idf(String term) {
        AnsjItem item = DATDictionary.getItem(term);
        int freq = 0;
        if (item != null && item != AnsjItem.NULL && item.termNatures != null) {
            freq = Math.max(0, item.termNatures.allFreq);
        }
        return Math.log(TOTAL / (freq + 50.0));
    }
}
