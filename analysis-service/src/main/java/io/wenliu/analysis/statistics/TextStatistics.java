package io.wenliu.analysis.statistics;

import io.wenliu.analysis.enrichment.AnalysisContext;
import io.wenliu.analysis.enrichment.EnrichmentBuilder;
import io.wenliu.analysis.enrichment.EnrichmentStep;
import io.wenliu.analysis.segment.Token;

/** Counts characters (non-whitespace code points) and words (tokens that are not punctuation). */
public final class TextStatistics implements EnrichmentStep {

    @Override
    public String name() {
        return "statistics";
    }

    @Override
    public void apply(AnalysisContext context, EnrichmentBuilder out) {
        String text = context.clean().text();
        int words = 0;
        for (Token token : context.tokens()) {
            if (!token.isPunctuation()) {
                words++;
            }
        }
        out.counts(text.codePointCount(0, text.length()), words);
    }
}
