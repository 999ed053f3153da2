package io.wenliu.search.text;

import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.ansj.domain.Term;
import org.ansj.splitWord.Analysis;
import org.ansj.splitWord.analysis.ToAnalysis;
import org.nlpcn.commons.lang.tire.domain.Forest;

/**
 * Segments Chinese text into words with ansj_seg; used for both indexing and querying so that the two always agree.
 */
@Singleton
public class WordSegmenter {

    private final ChineseNormalizer normalizer;

    public WordSegmenter(ChineseNormalizer normalizer) {
        this.normalizer = normalizer;
    }

    /** Words of the text after folding to simplified script, punctuation dropped, lower-cased (see {@link TermWords}). */
    public List<String> words(String text) {
        List<String> words = new ArrayList<>();
        forEachWord(text, words::add);
        return words;
    }

    /** The words joined by single spaces, ready for the whitespace-analysed word fields. */
    public String segment(String text) {
        StringBuilder out = new StringBuilder(text == null ? 0 : text.length() + text.length() / 2);
        forEachWord(text, word -> {
            if (!out.isEmpty()) {
                out.append(' ');
            }
            out.append(word);
        });
        return out.toString();
    }

    private void forEachWord(String text, Consumer<String> action) {
        if (text == null || text.isBlank()) {
            return;
        }
        for (Term term : analysis().parseStr(normalizer.toSimplified(text)).getTerms()) {
            String word = TermWords.word(term.getName());
            if (word != null) {
                action.accept(word);
            }
        }
    }

    /**
     * What {@code ToAnalysis.parse} uses, minus work whose result is not read here: new-word flags (only
     * {@link Term#isNewWord()} depends on them) and an ambiguity dictionary pass when that dictionary is empty.
     */
    private static Analysis analysis() {
        Analysis analysis = new ToAnalysis().setIsNewWord(false);
        Forest ambiguity = analysis.getAmbiguityForest();
        if (ambiguity != null && ambiguity.branches == null) {
            analysis.setAmbiguityForest(null);
        }
        return analysis;
    }
}
