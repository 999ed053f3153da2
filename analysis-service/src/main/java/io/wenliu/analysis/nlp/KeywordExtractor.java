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
    static final int MIN_KEYWORDS = 10;
    /** Corpus size at which corpus statistics and the background table weigh the same. */
    static final double CORPUS_HALF_WEIGHT = 50;

    private final BackgroundFrequencies background;
    private final StopWords stopWords;

    public KeywordExtractor(BackgroundFrequencies background, StopWords stopWords) {
        this.background = background;
        this.stopWords = stopWords;
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
        Map<String, Integer> tf = candidates(context.tokens());
        Set<String> persons = new HashSet<>();
        for (Entity e : entities) {
            if (e.type() == EntityType.PERSON) {
                persons.add(e.text());
            }
        }
        tf.keySet().removeIf(persons::contains);
        DocumentFrequencies corpus = context.frequencies();
        long docs = corpus.documentCount();
        Map<String, Long> df = docs > 0 ? corpus.frequencies(tf.keySet()) : Map.of();
        double corpusWeight = docs / (docs + CORPUS_HALF_WEIGHT);
        Map<String, Double> scores = new HashMap<>();
        for (Map.Entry<String, Integer> e : tf.entrySet()) {
            String term = e.getKey();
            double idf = background.idf(term);
            if (docs > 0) {
                double corpusIdf = Math.log((docs + 1.0) / (df.getOrDefault(term, 0L) + 1.0)) + 1.0;
                idf = (1 - corpusWeight) * idf + corpusWeight * corpusIdf * 2.0;
            }
            double lengthBoost = 1.0 + 0.15 * Math.min(4, term.length() - 2);
            scores.put(term, (1 + Math.log(e.getValue())) * idf * lengthBoost);
        }
        List<Map.Entry<String, Double>> ranked = new ArrayList<>(scores.entrySet());
        ranked.sort(Map.Entry.<String, Double>comparingByValue(Comparator.reverseOrder())
                .thenComparing(Map.Entry.comparingByKey()));
        List<Keyword> keywords = new ArrayList<>();
        double top = ranked.isEmpty() ? 1 : ranked.get(0).getValue();
        for (Map.Entry<String, Double> e : ranked) {
            if (keywords.size() >= MAX_KEYWORDS) {
                break;
            }
            keywords.add(new Keyword(e.getKey(), Math.round(e.getValue() / top * 1000) / 1000.0));
        }
        return keywords;
    }

    /** Candidate terms (nouns, verbal nouns, lexicon phrases, and repeated noun compounds) with their counts. */
    Map<String, Integer> candidates(List<Token> tokens) {
        Map<String, Integer> tf = new LinkedHashMap<>();
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (isContent(t)) {
                tf.merge(t.text(), 1, Integer::sum);
            }
        }
        return tf;
    }

    private boolean isContent(Token t) {
        String n = t.nature();
        boolean tagOk =
                n.startsWith("n") || n.equals("vn") || n.equals("v") || n.equals("l") || n.equals("i") || n.equals("j");
        return tagOk && t.text().length() >= 2 && !stopWords.contains(t.text()) && !n.startsWith("nr");
    }
}
