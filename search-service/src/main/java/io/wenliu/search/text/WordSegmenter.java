package io.wenliu.search.text;

import io.wenliu.platform.segment.LeanAnalysis;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;
import org.ansj.domain.Term;
import org.ansj.splitWord.Analysis;

/**
 * Segments Chinese text into words with ansj_seg. Queries and titles are segmented with ansj's person-name recognition;
 * bodies without it (it costs three quarters of the segmentation) and get the people analysis found as whole words
 * instead, so a name in a query matches the same word in a body.
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
        forEachWord(text, LeanAnalysis.words(true), words::add);
        return words;
    }

    /** The words joined by single spaces, ready for the whitespace-analysed word fields. */
    public String segment(String text) {
        StringBuilder out = new StringBuilder(text == null ? 0 : text.length() + text.length() / 2);
        forEachWord(text, LeanAnalysis.words(true), word -> append(out, word));
        return out.toString();
    }

    /**
     * The words of a body for the word fields: segmented without person-name recognition, followed by {@code names}
     * (the people found in it), each as one word the way {@link #segment} reads a name in a query.
     */
    public String segmentBody(String body, Collection<String> names) {
        StringBuilder out = new StringBuilder(body == null ? 0 : body.length() + body.length() / 2);
        forEachWord(body, LeanAnalysis.words(false), word -> append(out, word));
        for (String name : names) {
            String simplified = normalizer.toSimplified(name);
            String word = simplified == null ? null : TermWords.word(simplified);
            if (word != null) {
                append(out, word);
            }
        }
        return out.toString();
    }

    private static void append(StringBuilder out, String word) {
        if (!out.isEmpty()) {
            out.append(' ');
        }
        out.append(word);
    }

    private void forEachWord(String text, Analysis analysis, Consumer<String> action) {
        if (text == null || text.isBlank()) {
            return;
        }
        for (Term term : analysis.parseStr(normalizer.toSimplified(text)).getTerms()) {
            String word = TermWords.word(term.getName());
            if (word != null) {
                action.accept(word);
            }
        }
    }
}
