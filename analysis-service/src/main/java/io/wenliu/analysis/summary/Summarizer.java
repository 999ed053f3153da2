package io.wenliu.analysis.summary;

import io.wenliu.analysis.enrichment.AnalysisContext;
import io.wenliu.analysis.enrichment.EnrichmentBuilder;
import io.wenliu.analysis.enrichment.EnrichmentStep;
import io.wenliu.analysis.enrichment.Keyword;
import io.wenliu.analysis.segment.SentenceSplitter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Picks the three sentences (split on 。！？) that carry the most keyword weight, in document order. */
public final class Summarizer implements EnrichmentStep {
    static final int SENTENCES = 3;

    @Override
    public String name() {
        return "summary";
    }

    @Override
    public void apply(AnalysisContext context, EnrichmentBuilder out) {
        List<String> sentences = SentenceSplitter.split(context.clean().text());
        List<Keyword> keywords = out.keywords();
        List<double[]> scored = new ArrayList<>();
        for (int i = 0; i < sentences.size(); i++) {
            String s = sentences.get(i);
            if (s.length() < 8) {
                continue;
            }
            double score = 0;
            for (Keyword k : keywords) {
                if (s.contains(k.term())) {
                    score += k.score();
                }
            }
            score = score / Math.sqrt(Math.max(20, s.length()) / 20.0);
            score += i == 0 ? 0.3 : 0;
            scored.add(new double[] {score, i});
        }
        scored.sort(Comparator.<double[]>comparingDouble(a -> -a[0]).thenComparingDouble(a -> a[1]));
        List<Integer> picked = new ArrayList<>();
        for (int i = 0; i < Math.min(SENTENCES, scored.size()); i++) {
            picked.add((int) scored.get(i)[1]);
        }
        picked.sort(Integer::compare);
        List<String> summary = new ArrayList<>();
        for (int index : picked) {
            summary.add(sentences.get(index));
        }
        out.summary(summary);
    }
}
