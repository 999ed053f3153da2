package io.wenliu.analysis.nlp;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Ranks multi-character key phrases by term frequency times inverse document frequency (corpus + background). */
public final class KeywordExtractor implements EnrichmentStep {
    static final int MAX_KEYWORDS = 15;
    /** Corpus size at which corpus statistics and the background table weigh the same. */
    static final double CORPUS_HALF_WEIGHT = 50;

    private static final double IDF_SCALE = 2.0;
    private static final double COMPOUND_BONUS = 1.5;
    private static final double SUBSUMED = 0.8;
    private static final double LENGTH_BOOST = 0.3;
    private static final double TITLE_BOOST = 1.5;
    private static final int MIN_COMPOUND_COUNT = 2;
    private static final double HEADING_BOOST = 1.6;
    private static final double PARALLEL_BOOST = 1.3;
    /** Verbs too empty to open a key phrase (称为大流行, 成为主力). */
    private static final Set<String> LIGHT_VERBS = Set.of(
            "称为", "成为", "作为", "进行", "实现", "检验", "开展", "加强", "推进", "做好", "提供", "发挥", "组织", "突破", "捐赠", "认为", "表示", "通过",
            "需要", "包括");

    /** The tail of an organisation's name is no key phrase and opens none (有限公司捐赠: a name's end and a verb). */
    private static final Set<String> NAME_TAILS = Set.of("有限公司", "股份有限公司", "公司", "集团", "有限责任公司");

    private final BackgroundFrequencies background;
    private final StopWords stopWords;
    private final Set<String> lexicon;

    public KeywordExtractor(BackgroundFrequencies background, StopWords stopWords, Set<String> lexicon) {
        this.background = background;
        this.stopWords = stopWords;
        this.lexicon = Set.copyOf(lexicon);
    }

    @Override
    public String name() {
        return "keywords";
    }

    @Override
    public void apply(AnalysisContext context, EnrichmentBuilder out) {
        out.keywords(extract(context, out.entities()));
    }

    /** The top keywords of the document. */
    public List<Keyword> extract(AnalysisContext context, List<Entity> entities) {
        List<Token> tokens = context.words();
        Map<String, Integer> tf = new LinkedHashMap<>();
        Map<String, List<String>> parts = new HashMap<>();
        String text = context.clean().text();
        List<int[]> headings = Headings.spans(context.clean());
        collectWords(tokens, tf);
        Set<String> nouns = new HashSet<>();
        for (Token t : tokens) {
            if (t.nature().startsWith("n")) {
                nouns.add(t.text());
            }
        }
        collectCompounds(tokens, tf, parts, headings);
        addCoordinations(text, tf, parts);
        Set<String> names = new HashSet<>();
        for (Entity e : entities) {
            names.add(e.text());
        }
        tf.keySet().removeIf(names::contains);
        Map<String, Double> effective = effectiveCounts(tf, parts);
        String title =
                context.title() == null ? "" : CleanText.of(context.title()).text();
        DocumentFrequencies corpus = context.frequencies();
        long docs = corpus.documentCount();
        Map<String, Long> df = docs > 0 ? corpus.frequencies(tf.keySet()) : Map.of();
        double corpusWeight = docs / (docs + CORPUS_HALF_WEIGHT);
        Map<String, Double> scores = new HashMap<>();
        for (Map.Entry<String, Double> e : effective.entrySet()) {
            String term = e.getKey();
            if (e.getValue() <= 0) {
                continue;
            }
            double idf = backgroundIdf(term, parts.get(term));
            if (docs > 0) {
                double corpusIdf = Math.log((docs + 1.0) / (df.getOrDefault(term, 0L) + 1.0)) + 1.0;
                idf = (1 - corpusWeight) * idf + corpusWeight * corpusIdf * IDF_SCALE;
            }
            double lengthBoost = 1.0 + LENGTH_BOOST * Math.min(4, term.length() - 2);
            // a title or heading names its topic with phrases and nouns; a bare verb there (打赢, 检验) is not the topic
            boolean headingTerm = term.length() >= 4 || parts.containsKey(term) || nouns.contains(term);
            double titleBoost = headingTerm && title.contains(term) ? TITLE_BOOST : 1.0;
            double headingBoost = headingTerm && inHeading(text, term, headings) ? HEADING_BOOST : 1.0;
            double parallelBoost = isParallel(term) ? PARALLEL_BOOST : 1.0;
            scores.put(
                    term, (1 + Math.log(e.getValue())) * idf * lengthBoost * titleBoost * headingBoost * parallelBoost);
        }
        return top(scores);
    }

    private List<Keyword> top(Map<String, Double> scores) {
        List<Map.Entry<String, Double>> ranked = new ArrayList<>(scores.entrySet());
        ranked.sort(Map.Entry.<String, Double>comparingByValue(Comparator.reverseOrder())
                .thenComparing(Map.Entry.comparingByKey()));
        List<Keyword> keywords = new ArrayList<>();
        double best = ranked.isEmpty() ? 1 : ranked.get(0).getValue();
        for (Map.Entry<String, Double> e : ranked) {
            if (keywords.size() >= MAX_KEYWORDS) {
                break;
            }
            int shorter = chosenPartOf(e.getKey(), keywords);
            if (shorter >= 0
                    && e.getKey().length() >= 4
                    && !keywords.get(shorter).term().contains(e.getKey())) {
                // a two-word word such as 全球 gives way to its phrase 全球疫情, keeping its rank and score
                keywords.set(
                        shorter, new Keyword(e.getKey(), keywords.get(shorter).score()));
            } else if (!overlapsChosen(e.getKey(), keywords)) {
                keywords.add(new Keyword(e.getKey(), Math.round(e.getValue() / best * 1000) / 1000.0));
            }
        }
        return keywords;
    }

    /** Whether a better keyword already contains the term or is contained in it (two lexicon phrases may nest). */
    /** Index of a chosen two-character keyword the term contains (全球 in 全球疫情), or -1. */
    private int chosenPartOf(String term, List<Keyword> chosen) {
        for (int i = 0; i < chosen.size(); i++) {
            String k = chosen.get(i).term();
            if (k.length() == 2 && term.contains(k) && !lexicon.contains(k)) {
                return i;
            }
        }
        return -1;
    }

    private boolean overlapsChosen(String term, List<Keyword> chosen) {
        for (Keyword k : chosen) {
            boolean nested = k.term().contains(term) || term.contains(k.term());
            if (nested && !(lexicon.contains(term) && lexicon.contains(k.term()))) {
                return true;
            }
        }
        return false;
    }

    /** Background weight; a compound not in the dictionary weighs the mean of its parts plus a bonus. */
    private double backgroundIdf(String term, List<String> termParts) {
        if (termParts == null) {
            return background.idf(term);
        }
        double max = 0;
        for (String part : termParts) {
            max = Math.max(max, background.idf(part));
        }
        return Math.max(max + COMPOUND_BONUS, background.idf(term) * 0.8);
    }

    /** A word's count less the occurrences inside kept compounds (so 疫情 does not ride on 疫情防控). */
    private static Map<String, Double> effectiveCounts(Map<String, Integer> tf, Map<String, List<String>> parts) {
        Map<String, Double> effective = new LinkedHashMap<>();
        Map<String, Integer> inside = new HashMap<>();
        for (Map.Entry<String, List<String>> e : parts.entrySet()) {
            Integer count = tf.get(e.getKey());
            if (count == null) {
                continue;
            }
            for (String part : e.getValue()) {
                inside.merge(part, count, Integer::sum);
            }
        }
        for (Map.Entry<String, Integer> e : tf.entrySet()) {
            effective.put(e.getKey(), e.getValue() - SUBSUMED * inside.getOrDefault(e.getKey(), 0));
        }
        return effective;
    }

    private void collectWords(List<Token> tokens, Map<String, Integer> tf) {
        for (Token t : tokens) {
            if (isContent(t)) {
                tf.merge(t.text(), 1, Integer::sum);
            }
        }
    }

    /** Repeated sequences of two or three content words (服务群众, 贫困家庭学生) become candidates. */
    private void collectCompounds(
            List<Token> tokens, Map<String, Integer> tf, Map<String, List<String>> parts, List<int[]> headings) {
        Map<String, Integer> counts = new HashMap<>();
        Set<String> headed = new HashSet<>();
        Map<String, List<String>> seenParts = new HashMap<>();
        for (int i = 0; i < tokens.size(); i++) {
            StringBuilder sb = new StringBuilder();
            List<String> words = new ArrayList<>();
            for (int n = 0; n < 3 && i + n < tokens.size(); n++) {
                Token t = tokens.get(i + n);
                if (!isCompoundPart(t, n == 0)
                        || (n > 0 && tokens.get(i + n - 1).end() != t.start())) {
                    break;
                }
                sb.append(t.text());
                words.add(t.text());
                if (n >= 1
                        && sb.length() >= 4
                        && sb.length() <= 8
                        && isCompoundEnd(t, words)
                        && isCompoundStart(tokens.get(i))) {
                    String key = sb.toString();
                    counts.merge(key, 1, Integer::sum);
                    seenParts.putIfAbsent(key, List.copyOf(words));
                    if (n == 1 && key.length() == 4 && within(tokens.get(i).start(), t.end(), headings)) {
                        headed.add(key);
                    }
                }
            }
        }
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            if ((e.getValue() >= MIN_COMPOUND_COUNT || headed.contains(e.getKey()))
                    && !tf.containsKey(e.getKey())
                    && !containsLexiconPhrase(seenParts.get(e.getKey()))) {
                tf.put(e.getKey(), e.getValue());
                parts.put(e.getKey(), seenParts.get(e.getKey()));
            }
        }
    }

    /**
     * Coordinated mentions count for the compound written elsewhere as one word: 党员、干部 for 党员干部, when both
     * halves are words of two characters or more.
     */
    private static void addCoordinations(String text, Map<String, Integer> tf, Map<String, List<String>> parts) {
        for (Map.Entry<String, Integer> e : tf.entrySet()) {
            String term = e.getKey();
            List<String> halves = parts.get(term);
            if (halves == null && term.length() == 4) {
                halves = List.of(term.substring(0, 2), term.substring(2));
            }
            if (halves == null || halves.size() != 2) {
                continue;
            }
            int extra = occurrences(text, halves.get(0) + "、" + halves.get(1));
            if (extra > 0) {
                e.setValue(e.getValue() + extra);
            }
        }
    }

    private static int occurrences(String text, String s) {
        int count = 0;
        for (int i = text.indexOf(s); i >= 0; i = text.indexOf(s, i + s.length())) {
            count++;
        }
        return count;
    }

    /** A four-character parallel phrase repeating its first character (联防联控, 群防群治, 复工复产). */
    private static boolean isParallel(String term) {
        return term.length() == 4
                && term.charAt(0) == term.charAt(2)
                && term.charAt(1) != term.charAt(3)
                && Character.UnicodeScript.of(term.charAt(0)) == Character.UnicodeScript.HAN;
    }

    private static boolean inHeading(String text, String term, List<int[]> headings) {
        for (int[] h : headings) {
            int at = text.indexOf(term, h[0]);
            if (at >= 0 && at + term.length() <= h[1]) {
                return true;
            }
        }
        return false;
    }

    private static boolean within(int start, int end, List<int[]> headings) {
        for (int[] h : headings) {
            if (start >= h[0] && end <= h[1]) {
                return true;
            }
        }
        return false;
    }

    private boolean isCompoundStart(Token t) {
        String n = t.nature();
        return t.text().length() >= 2 && (isContent(t) || n.equals("a")) && !LIGHT_VERBS.contains(t.text());
    }

    /** The last word of a compound: a noun-like word, and no generic head after a full phrase (疫情防控工作). */
    private boolean isCompoundEnd(Token t, List<String> words) {
        String n = t.nature();
        if (t.text().length() < 2
                || n.equals("a")
                || (stopWords.contains(t.text()) && words.get(0).length() >= 4)) {
            return false;
        }
        if (stopWords.endsWithTitle(t.text())) {
            return false;
        }
        // verb + object (服务群众) and subject + verb (干部担当) only as two-word phrases
        return words.size() == 2 || !n.equals("v");
    }

    /** A lexicon phrase is a keyword on its own; compounds around it (疫情防控工作) only repeat it. */
    private boolean containsLexiconPhrase(List<String> words) {
        for (String w : words) {
            if (w.length() >= 4 && lexicon.contains(w)) {
                return true;
            }
        }
        return false;
    }

    private boolean isCompoundPart(Token t, boolean first) {
        String n = t.nature();
        boolean stop = stopWords.contains(t.text()) && (first || !(n.startsWith("n") || n.equals("vn")));
        return !t.isPunctuation()
                && !stop
                && !n.startsWith("nr")
                && !n.startsWith("m")
                && !n.startsWith("t")
                && !n.startsWith("q")
                && (n.startsWith("n")
                        || n.startsWith("v")
                        || n.equals("a")
                        || n.equals("an")
                        || n.equals("j")
                        || n.equals("l")
                        || n.equals("b"));
    }

    private boolean isContent(Token t) {
        String n = t.nature();
        boolean tagOk = n.startsWith("n")
                || n.equals("vn")
                || n.equals("v")
                || n.equals("l")
                || n.equals("i")
                || n.equals("j")
                || n.equals("an");
        boolean name = n.startsWith("nr") || n.startsWith("ns") || n.startsWith("nt");
        boolean junk = n.equals("nw") && t.text().length() >= 6;
        return tagOk
                && !name
                && !junk
                && !NAME_TAILS.contains(t.text())
                && t.text().length() >= 2
                && !stopWords.contains(t.text())
                && !stopWords.endsWithTitle(t.text());
    }
}
