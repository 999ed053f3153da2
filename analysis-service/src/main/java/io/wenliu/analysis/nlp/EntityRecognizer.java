package io.wenliu.analysis.nlp;

import java.util.List;

/** Finds PERSON, LOCATION and ORGANIZATION mentions from the segmenter's tags plus the rule layer. */
public final class EntityRecognizer implements EnrichmentStep {
    private final EntityRules rules;

    public EntityRecognizer(EntityRules rules) {
        this.rules = rules;
    }

    /** The recogniser with the standard rule layer. */
    public static EntityRecognizer standard() {
        return new EntityRecognizer(new EntityRules(NameLists.load()));
    }

    @Override
    public String name() {
        return "entities";
    }

    @Override
    public void apply(AnalysisContext context, EnrichmentBuilder out) {
        out.entities(EntityGrouper.group(mentions(context.clean().text(), context.tokens()), context.clean()));
    }

    /** The entity mentions of a tokenised clean text, non-overlapping and in text order. */
    public List<Mention> mentions(String text, List<Token> tokens) {
        return rules.apply(text, tokens);
    }
}
