package io.wenliu.analysis.entity;

import io.wenliu.analysis.enrichment.AnalysisContext;
import io.wenliu.analysis.enrichment.EnrichmentBuilder;
import io.wenliu.analysis.enrichment.EnrichmentStep;
import io.wenliu.analysis.segment.Token;
import java.util.List;

/** Finds PERSON, LOCATION and ORGANIZATION mentions from the segmenter's tags plus the rule layer. */
public final class EntityRecognizer implements EnrichmentStep {
    /** Where the mentions of a tokenised clean text come from: the rule layer, or a tool's alternative to it. */
    @FunctionalInterface
    interface MentionSource {
        List<Mention> mentions(String text, List<Token> tokens);
    }

    private final MentionSource source;
    private final EntityConfidence confidence;

    public EntityRecognizer(EntityRules rules, EntityConfidence confidence) {
        this(rules::apply, confidence);
    }

    EntityRecognizer(MentionSource source, EntityConfidence confidence) {
        this.source = source;
        this.confidence = confidence;
    }

    /**
     * The recogniser with the standard rule layer and the shipped confidence table. The trained entity model is not
     * wired in because it lowers the seed gold below its floors; the dev tools {@code EntityModelCrossValidation} and
     * {@code EntityModelGates} evaluate it.
     */
    public static EntityRecognizer standard() {
        NameLists names = NameLists.load();
        return new EntityRecognizer(new EntityRules(names), EntityConfidence.load(names));
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

    /** The confidence evidence of each mention, in the mentions' order (see {@link EntityConfidence}). */
    public List<String> evidence(List<Mention> mentions, List<Token> tokens, List<Token> words) {
        return confidence.evidence(mentions, tokens, words);
    }
}
