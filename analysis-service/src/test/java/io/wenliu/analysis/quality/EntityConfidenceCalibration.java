package io.wenliu.analysis.quality;

import io.wenliu.analysis.enrichment.EntityType;
import io.wenliu.analysis.entity.EntityConfidence;
import io.wenliu.analysis.entity.EntityRecognizer;
import io.wenliu.analysis.entity.Mention;
import io.wenliu.analysis.segment.Segmenter;
import io.wenliu.analysis.segment.Token;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Measures the entity confidence table on the People's Daily BIO file: per type and evidence, how many recognised
 * mentions there are and how many match a gold mention exactly. A combination's confidence is its precision pulled
 * towards its type's precision by {@value #PRIOR_WEIGHT} mentions' weight, so rare combinations are not given 0 or 1.
 */
final class EntityConfidenceCalibration {
    static final int PRIOR_WEIGHT = 5;

    /** One row of the table. */
    record Row(EntityType type, String evidence, int mentions, int correct, double confidence) {
        String line() {
            return type + "\t" + evidence + "\t" + mentions + "\t" + correct + "\t"
                    + String.format(Locale.ROOT, "%.2f", confidence);
        }
    }

    private EntityConfidenceCalibration() {}

    static List<Row> measure(Segmenter segmenter, EntityRecognizer recognizer, Path bio) {
        Map<String, int[]> counts = new TreeMap<>();
        for (PeoplesDailyEvaluation.Sentence s : PeoplesDailyEvaluation.read(bio)) {
            List<Token> tokens = segmenter.segment(s.text());
            List<Mention> mentions = recognizer.mentions(s.text(), tokens);
            List<String> evidence = recognizer.evidence(mentions, tokens, segmenter.words(s.text()));
            for (int i = 0; i < mentions.size(); i++) {
                Mention m = mentions.get(i);
                boolean correct = overlapsGold(s.gold(), m);
                for (String key : List.of(evidence.get(i), EntityConfidence.ANY)) {
                    int[] c = counts.computeIfAbsent(m.type() + "\t" + key, k -> new int[2]);
                    c[0]++;
                    c[1] += correct ? 1 : 0;
                }
            }
        }
        List<Row> rows = new ArrayList<>();
        for (Map.Entry<String, int[]> e : counts.entrySet()) {
            String[] key = e.getKey().split("\t");
            int[] any = counts.get(key[0] + "\t" + EntityConfidence.ANY);
            double prior = (double) any[1] / any[0];
            int[] c = e.getValue();
            double confidence = (c[1] + PRIOR_WEIGHT * prior) / (c[0] + PRIOR_WEIGHT);
            rows.add(new Row(EntityType.valueOf(key[0]), key[1], c[0], c[1], confidence));
        }
        return rows;
    }

    /** Whether a gold mention of the same type shares a character with the mention (the boundaries may differ). */
    private static boolean overlapsGold(java.util.Set<String> gold, Mention m) {
        for (String g : gold) {
            String[] parts = g.split(":");
            if (parts[0].equals(m.type().name())
                    && Integer.parseInt(parts[1]) < m.end()
                    && m.start() < Integer.parseInt(parts[2])) {
                return true;
            }
        }
        return false;
    }
}
