package io.wenliu.analysis.entity;

import io.wenliu.analysis.enrichment.AnalysisContext;
import io.wenliu.analysis.enrichment.EnrichmentBuilder;
import io.wenliu.analysis.enrichment.EnrichmentStep;
import io.wenliu.analysis.segment.Token;
import java.util.List;

/**
 * Dev tooling: the entity step as {@link EntityRecognizer#apply} runs it (mentions, then their confidence, then
 * {@link EntityGrouper}), with the mentions from the given source instead of the rules alone. Made by
 * {@link ModelRecognizers}.
 */
public final class ModelRecognizer implements EnrichmentStep {
    /** Where the mentions of a tokenised clean text come from. */
    @FunctionalInterface
    interface MentionSource {
        List<Mention> mentions(String text, List<Token> tokens);
    }

    private final MentionSource source;
    private final EntityConfidence confidence;

    ModelRecognizer(MentionSource source, EntityConfidence confidence) {
        this.source = source;
        this.confidence = confidence;
    }

    @Override
    public String name() {
        return "entities";
    }

    @Override
    public void apply(AnalysisContext context, EnrichmentBuilder out) {
        List<Mention> mentions = mentions(context.clean().text(), context.tokens());
        out.entities(EntityGrouper.group(
                mentions, confidence.of(mentions, context.tokens(), context.words()), context.clean()));
    }

    /** The entity mentions of a tokenised clean text, non-overlapping and in text order. */
    public List<Mention> mentions(String text, List<Token> tokens) {
        return source.mentions(text, tokens);
    }
}
