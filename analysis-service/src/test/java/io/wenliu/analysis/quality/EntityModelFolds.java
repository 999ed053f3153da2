package io.wenliu.analysis.quality;

import io.wenliu.analysis.enrichment.EntityType;
import io.wenliu.analysis.entity.EntityRecognizer;
import io.wenliu.analysis.entity.Mention;
import io.wenliu.analysis.entity.ModelRecognizers;
import io.wenliu.analysis.entity.model.EntityTagger;
import io.wenliu.analysis.entity.model.FeatureExtractor;
import io.wenliu.analysis.entity.model.MentionMerge;
import io.wenliu.analysis.entity.model.PerceptronTrainer;
import io.wenliu.analysis.entity.model.Tags;
import io.wenliu.analysis.entity.model.WeightTable;
import io.wenliu.analysis.segment.Segmenter;
import io.wenliu.analysis.segment.Token;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntPredicate;

/**
 * The People's Daily dev sentences prepared for the entity model (tokens, rule mentions, features, gold tags), and
 * the 5-fold cross-validation over them: sentence i is in fold i % 5; each fold is scored by a model trained on the
 * other four, beside the rules alone on the same sentences.
 */
final class EntityModelFolds {
    static final int FOLDS = 5;
    /** The training settings of {@code EntityModelTraining} and of the cross-validation (chosen on the folds). */
    static final int EPOCHS = 12;

    static final long SEED = 15;
    /** How the model's mentions join the rules' in the CV table: {@code -Dcv.merge=ADD} etc., default the model alone. */
    static final MentionMerge MERGE = MentionMerge.valueOf(System.getProperty("cv.merge", "MODEL"));

    static final int MIN_COUNT = 2;

    /**
     * Features whose largest absolute averaged weight is below this are dropped after training ({@code
     * -Dmodel.prune}; off by default). Model-alone CV F1 overall/ORG: 0 → 0.854/0.776 (34,403 features on all dev),
     * 1 → 0.852/0.772 (19,946), 2 → 0.852/0.768 (12,752), 4 → 0.844/0.761 (4,463); decoding gets 5–15 % faster.
     */
    static final float PRUNE = Float.parseFloat(System.getProperty("model.prune", "0"));

    /** One sentence, ready to train on or to score. */
    record Item(
            String text, Set<String> gold, List<Token> tokens, List<Mention> rules, long[][] features, int[] tags) {}

    /** Exact-span scores per type of the rules and of the model on one fold. */
    record Fold(Map<EntityType, Prf> rules, Map<EntityType, Prf> model) {}

    private EntityModelFolds() {}

    static List<Item> prepare(Path bio) {
        Segmenter segmenter = Segmenter.withDomainLexicon();
        EntityRecognizer rules = EntityRecognizer.standard();
        FeatureExtractor extractor = ModelRecognizers.featureExtractor();
        List<Item> items = new ArrayList<>();
        for (PeoplesDailyEvaluation.Sentence s : PeoplesDailyEvaluation.read(bio)) {
            List<Token> tokens = segmenter.segment(s.text());
            List<Mention> ruleMentions = rules.mentions(s.text(), tokens);
            long[][] features = extractor.extract(s.text(), tokens, ruleMentions);
            items.add(new Item(
                    s.text(),
                    s.gold(),
                    tokens,
                    ruleMentions,
                    features,
                    Tags.encode(s.text().length(), gold(s))));
        }
        return items;
    }

    /** Trains on the items whose index passes the filter. */
    static WeightTable train(List<Item> items, IntPredicate include, int epochs) {
        List<PerceptronTrainer.Example> examples = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            if (include.test(i)) {
                examples.add(new PerceptronTrainer.Example(
                        items.get(i).features(), items.get(i).tags()));
            }
        }
        WeightTable table = new PerceptronTrainer(epochs, SEED, MIN_COUNT).train(examples);
        return PRUNE > 0 ? table.pruned(PRUNE) : table;
    }

    /** Scores every fold with a model trained on the other folds. */
    static List<Fold> crossValidate(List<Item> items, int epochs) {
        List<Fold> folds = new ArrayList<>();
        for (int k = 0; k < FOLDS; k++) {
            int fold = k;
            WeightTable table = train(items, i -> i % FOLDS != fold, epochs);
            Map<EntityType, Prf> rules = table();
            Map<EntityType, Prf> model = table();
            for (int i = fold; i < items.size(); i += FOLDS) {
                Item item = items.get(i);
                score(rules, item.gold(), item.rules());
                score(
                        model,
                        item.gold(),
                        MERGE.merge(item.rules(), EntityTagger.mentions(table, item.text(), item.features())));
            }
            folds.add(new Fold(rules, model));
        }
        return folds;
    }

    static Map<EntityType, Prf> table() {
        Map<EntityType, Prf> t = new EnumMap<>(EntityType.class);
        for (EntityType type : EntityType.values()) {
            t.put(type, new Prf());
        }
        return t;
    }

    static Prf overall(Map<EntityType, Prf> table) {
        Prf overall = new Prf();
        table.values().forEach(overall::add);
        return overall;
    }

    static void score(Map<EntityType, Prf> table, Set<String> gold, List<Mention> mentions) {
        Set<String> predicted = new HashSet<>();
        for (Mention m : mentions) {
            predicted.add(m.type() + ":" + m.start() + ":" + m.end());
        }
        for (String p : predicted) {
            Prf prf = table.get(EntityType.valueOf(p.substring(0, p.indexOf(':'))));
            if (gold.contains(p)) {
                prf.truePositives++;
            } else {
                prf.falsePositives++;
            }
        }
        for (String g : gold) {
            if (!predicted.contains(g)) {
                table.get(EntityType.valueOf(g.substring(0, g.indexOf(':')))).falseNegatives++;
            }
        }
    }

    private static List<Mention> gold(PeoplesDailyEvaluation.Sentence s) {
        List<Mention> mentions = new ArrayList<>();
        for (String g : s.gold()) {
            String[] parts = g.split(":");
            int start = Integer.parseInt(parts[1]);
            int end = Integer.parseInt(parts[2]);
            mentions.add(new Mention(EntityType.valueOf(parts[0]), s.text().substring(start, end), start, end));
        }
        return mentions;
    }
}
