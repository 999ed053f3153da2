package io.wenliu.analysis.keyword;

import io.wenliu.analysis.corpus.BackgroundFrequencies;
import io.wenliu.analysis.corpus.DocumentFrequencies;
import io.wenliu.analysis.enrichment.AnalysisContext;
import io.wenliu.analysis.enrichment.EnrichmentBuilder;
import io.wenliu.analysis.enrichment.EnrichmentStep;
import io.wenliu.analysis.enrichment.Entity;
import io.wenliu.analysis.enrichment.Keyword;
import io.wenliu.analysis.segment.CleanText;
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
    private static final double HEADING_BOOST = 1.6;
    private static final double PARALLEL_BOOST = 1.3;
    private final BackgroundFrequencies background;
    private final Set<String> lexicon;
    private final KeywordCandidates candidates;

    public KeywordExtractor(BackgroundFrequencies background, StopWords stopWords, Set<String> lexicon) {
        this.background = background;
        this.lexicon = Set.copyOf(lexicon);
        this.candidates = new KeywordCandidates(stopWords, this.lexicon);
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
        String text = context.clean().text();
        List<int[]> headings = Headings.spans(context.clean());
        List<String> headingTexts = texts(text, headings);
        KeywordCandidates.Found found = candidates.find(context.words(), text, headings);
        Map<String, Integer> tf = found.counts();
        Map<String, List<String>> parts = found.parts();
        Set<String> nouns = found.nouns();
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
            double headingBoost = headingTerm && inHeading(term, headingTexts) ? HEADING_BOOST : 1.0;
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

    /** Whether a better keyword already contains the term or is contained in it (two lexicon phrases may nest). */
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

    /** A four-character parallel phrase repeating its first character (联防联控, 群防群治, 复工复产). */
    private static boolean isParallel(String term) {
        return term.length() == 4
                && term.charAt(0) == term.charAt(2)
                && term.charAt(1) != term.charAt(3)
                && Character.UnicodeScript.of(term.charAt(0)) == Character.UnicodeScript.HAN;
    }

    /** The text of each span (read once, so that a term is looked for in the headings alone, not the rest of text). */
    private static List<String> texts(String text, List<int[]> spans) {
        List<String> texts = new ArrayList<>(spans.size());
        for (int[] h : spans) {
            int end = Math.min(h[1], text.length());
            texts.add(text.substring(Math.min(h[0], end), end));
        }
        return texts;
    }

    private static boolean inHeading(String term, List<String> headingTexts) {
        for (String heading : headingTexts) {
            if (heading.contains(term)) {
                return true;
            }
        }
        return false;
    }
}
