package io.wenliu.platform.segment;

import org.ansj.splitWord.Analysis;
import org.ansj.splitWord.analysis.ToAnalysis;
import org.nlpcn.commons.lang.tire.domain.Forest;

/**
 * ansj analyses without the passes whose output the services never read: the ambiguity dictionary pass when that
 * dictionary is empty (it can change nothing), and for {@link ToAnalysis} the new-word flags (only
 * {@code Term.isNewWord()} reads them; NlpAnalysis reads them itself, so it keeps them). Words, natures and offsets are
 * those of the full analysis.
 */
public final class LeanAnalysis {

    private LeanAnalysis() {}

    /** A dictionary-word analysis ({@code ToAnalysis}), with person-name recognition only when {@code names}. */
    public static ToAnalysis words(boolean names) {
        ToAnalysis analysis = new ToAnalysis();
        analysis.setIsNewWord(false);
        analysis.setIsNameRecognition(names);
        return withoutEmptyAmbiguity(analysis);
    }

    /** The analysis without its ambiguity dictionary pass when that dictionary holds nothing. */
    public static <A extends Analysis> A withoutEmptyAmbiguity(A analysis) {
        Forest ambiguity = analysis.getAmbiguityForest();
        if (ambiguity != null && ambiguity.branches == null) {
            analysis.setAmbiguityForest(null);
        }
        return analysis;
    }
}
