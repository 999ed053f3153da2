package io.wenliu.analysis.segment.crf;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.ansj.app.crf.SplitWord;
import org.ansj.library.CrfLibrary;
import org.jboss.logging.Logger;

/** Installs the compact CRF as ansj's default, once per JVM, so that NlpAnalysis never loads ansj's own model. */
public final class CompactCrf {
    /** The path ansj registers its default model under. */
    public static final String ANSJ_PATH = "jar://" + CompactCrfModel.RESOURCE;

    private static final Logger LOG = Logger.getLogger(CompactCrf.class);

    private CompactCrf() {}

    /**
     * Loads the compact model and puts it into ansj's CrfLibrary on the first call; returns the installed segmenter.
     * Call it before the first NlpAnalysis is constructed (its field initializer asks CrfLibrary for the model).
     */
    public static SplitWord install() {
        return Installed.SPLIT_WORD;
    }

    /** Class initialisation runs once, under the JVM's lock, and happens before every later read of the field. */
    private static final class Installed {
        static final CompactSplitWord SPLIT_WORD = load();

        private static CompactSplitWord load() {
            long started = System.nanoTime();
            CompactCrfModel model;
            try {
                model = CompactCrfModel.fromAnsjJar();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read ansj's CRF model", e);
            }
            CompactSplitWord splitWord = new CompactSplitWord(model);
            CrfLibrary.put(CrfLibrary.DEFAULT, ANSJ_PATH, splitWord);
            LOG.infof(
                    "compact CRF model loaded in %d ms: %d features (%d names no template looks up left out), %d KB",
                    (System.nanoTime() - started) / 1_000_000,
                    model.featureCount(),
                    model.unreachableCount(),
                    model.bytes() / 1024);
            return splitWord;
        }
    }
}
