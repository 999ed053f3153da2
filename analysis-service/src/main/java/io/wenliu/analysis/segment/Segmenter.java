package io.wenliu.analysis.segment;

import io.wenliu.analysis.segment.crf.CompactCrf;
import io.wenliu.platform.segment.LeanAnalysis;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.ansj.app.crf.SplitWord;
import org.ansj.domain.Term;
import org.ansj.splitWord.analysis.NlpAnalysis;
import org.ansj.splitWord.analysis.ToAnalysis;
import org.nlpcn.commons.lang.tire.domain.Forest;
import org.nlpcn.commons.lang.tire.domain.Value;
import org.nlpcn.commons.lang.tire.library.Library;

/** Word segmentation and tagging with ansj_seg's NlpAnalysis (over the compact CRF) plus the project's domain lexicon. */
public final class Segmenter {
    /** Classpath resource of the domain lexicon: {@code word<TAB>nature<TAB>frequency} per line. */
    public static final String LEXICON = "segment/domain-lexicon.tsv";

    private final Forest forest;
    private final SplitWord crf;

    public Segmenter(Forest forest) {
        this(forest, CompactCrf.install());
    }

    /** A segmenter whose NlpAnalysis uses the given CRF (the compact one stays installed as ansj's default). */
    Segmenter(Forest forest, SplitWord crf) {
        CompactCrf.install();
        this.forest = forest;
        this.crf = crf;
    }

    /** A segmenter using the domain lexicon shipped in the service. */
    public static Segmenter withDomainLexicon() {
        return new Segmenter(loadForest(LEXICON));
    }

    /** Segments and tags the text for entities (a fresh analysis per call: no state from earlier documents). */
    public List<Token> segment(String text) {
        NlpAnalysis analysis = LeanAnalysis.withoutEmptyAmbiguity(new NlpAnalysis().setCrfModel(crf));
        analysis.setForests(forest);
        return tokens(text, analysis.parseStr(text).getTerms());
    }

    /** Segments and tags each paragraph of the clean text on its own; offsets refer to the whole clean text. */
    public List<Token> segment(CleanText clean) {
        return byParagraph(clean, this::segment);
    }

    /** Dictionary words of each paragraph of the clean text; offsets refer to the whole clean text. */
    public List<Token> words(CleanText clean) {
        return byParagraph(clean, this::words);
    }

    private static List<Token> byParagraph(CleanText clean, Function<String, List<Token>> analysis) {
        List<int[]> paragraphs = clean.paragraphs();
        if (paragraphs.size() == 1) {
            return analysis.apply(clean.text());
        }
        List<Token> tokens = new ArrayList<>();
        for (int[] p : paragraphs) {
            for (Token t : analysis.apply(clean.text().substring(p[0], p[1]))) {
                tokens.add(new Token(t.text(), t.nature(), t.start() + p[0], t.end() + p[0]));
            }
        }
        return tokens;
    }

    /**
     * Dictionary words only (library dictionary plus domain lexicon, no guessed new words, no person-name recognition:
     * the tagging pass finds people), for keywords.
     */
    public List<Token> words(String text) {
        ToAnalysis analysis = LeanAnalysis.words(false);
        analysis.setForests(forest);
        return tokens(text, analysis.parseStr(text).getTerms());
    }

    private static List<Token> tokens(String text, List<Term> terms) {
        List<Token> tokens = new ArrayList<>(terms.size());
        for (Term term : terms) {
            String name = term.getName();
            int start = term.getOffe();
            if (name.isEmpty() || start < 0 || start + name.length() > text.length()) {
                continue;
            }
            tokens.add(new Token(name, term.getNatureStr(), start, start + name.length()));
        }
        return tokens;
    }

    /** The phrases of the domain lexicon. */
    public static Set<String> lexiconWords() {
        Set<String> words = new HashSet<>();
        for (String line : Resources.lines(LEXICON)) {
            words.add(line.split("\t")[0].trim());
        }
        return words;
    }

    static Forest loadForest(String resource) {
        Forest forest = new Forest();
        for (String line : Resources.lines(resource)) {
            String[] parts = line.split("\t");
            String nature = parts.length > 1 ? parts[1] : "nz";
            String freq = parts.length > 2 ? parts[2] : "1000";
            Library.insertWord(forest, new Value(parts[0].trim(), nature, freq));
        }
        return forest;
    }
}
