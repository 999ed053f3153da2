package io.wenliu.analysis.entity;

import io.wenliu.analysis.entity.model.EntityTagger;
import io.wenliu.analysis.entity.model.FeatureExtractor;
import io.wenliu.analysis.entity.model.ModelGate;
import io.wenliu.analysis.entity.model.WeightTable;
import java.util.List;

/**
 * Dev tooling: the entity step with the standard rule layer and confidence table and the statistical model over the
 * rules (the product uses the rules alone: {@link EntityRecognizer#standard()}).
 */
public final class ModelRecognizers {
    private ModelRecognizers() {}

    /** The rules plus the model's confident mentions where the rules have none ({@link ModelGate}). */
    public static EntityRecognizer withGatedModel(WeightTable weights, ModelGate gate) {
        NameLists names = NameLists.load();
        EntityRules rules = new EntityRules(names);
        EntityTagger tagger = new EntityTagger(new FeatureExtractor(new NameFlags(names)), weights);
        return new EntityRecognizer(
                (text, tokens) -> {
                    List<Mention> ruleMentions = rules.apply(text, tokens);
                    return gate.merge(ruleMentions, tagger.scoredMentions(text, tokens, ruleMentions));
                },
                EntityConfidence.load(names));
    }

    /** The model's feature extractor with the standard name lists (for training). */
    public static FeatureExtractor featureExtractor() {
        return new FeatureExtractor(new NameFlags(NameLists.load()));
    }
}
