package io.wenliu.search.text;

import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.ansj.domain.Term;
import org.ansj.splitWord.analysis.ToAnalysis;

/**
 * Segments Chinese text into words with ansj_seg; used for both indexing and querying so that the two always agree.
 */
@Singleton
public class WordSegmenter {

    private final ChineseNormalizer normalizer;

    public WordSegmenter(ChineseNormalizer normalizer) {
        this.normalizer = normalizer;
    }

    /** Words of the text after folding to simplified script, punctuation dropped, Latin lower-cased. */
    public List<String> words(String text) {
        List<String> words = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return words;
        }
        for (Term term : ToAnalysis.parse(normalizer.toSimplified(text)).getTerms()) {
            String word = term.getName().replaceAll("\\s+", "").toLowerCase(Locale.ROOT);
            if (!word.isEmpty() && word.codePoints().anyMatch(Character::isLetterOrDigit)) {
                words.add(word);
            }
        }
        return words;
    }

    /** The words joined by single spaces, ready for the whitespace-analysed word fields. */
    public String segment(String text) {
        return String.join(" ", words(text));
    }
}
