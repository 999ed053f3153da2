package io.wenliu.analysis.segment.crf;

import java.io.InputStream;
import org.ansj.app.crf.Model;
import org.ansj.app.crf.SplitWord;
import org.ansj.app.crf.model.CRFModel;
import org.ansj.dic.DicReader;

/** ansj's own CRF segmenter over its own model, loaded once per test JVM as the reference (never installed). */
public final class AnsjCrf {
    private AnsjCrf() {}

    /** ansj's SplitWord over the SmartForest model, as CrfLibrary would build it. */
    public static SplitWord splitWord() {
        return Loaded.SPLIT_WORD;
    }

    private static final class Loaded {
        static final SplitWord SPLIT_WORD = load();

        private static SplitWord load() {
            try (InputStream in = DicReader.getInputStream(CompactCrfModel.RESOURCE)) {
                return new SplitWord(Model.load(CRFModel.class, in));
            } catch (Exception e) {
                throw new IllegalStateException("cannot load ansj's CRF model", e);
            }
        }
    }
}
