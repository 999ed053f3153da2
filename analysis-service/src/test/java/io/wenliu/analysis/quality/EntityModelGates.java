package io.wenliu.analysis.quality;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.wenliu.analysis.enrichment.EntityType;
import io.wenliu.analysis.entity.EntityRecognizer;
import io.wenliu.analysis.entity.ModelRecognizers;
import io.wenliu.analysis.entity.model.EntityTagger;
import io.wenliu.analysis.entity.model.ModelGate;
import io.wenliu.analysis.entity.model.WeightTable;
import io.wenliu.analysis.pipeline.TextAnalyzer;
import io.wenliu.analysis.segment.Segmenter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Development tool, not a regression test: the confidence gate of the entity model ({@link ModelGate}) — the rules'
 * mentions plus the model's non-overlapping mentions whose margin reaches a threshold — on the 5-fold CV of
 * People's Daily dev for a grid of thresholds (ORG only and all types), the threshold chosen on the folds (best CV
 * mean overall F1, and nested: per fold, the best on the other folds), then the seed gold per type with a model
 * trained on all of dev. The seed gold is only reported, never used to choose.
 *
 * <p>{@code ./mvnw -o -pl analysis-service test -Dtest=EntityModelGates -Dsurefire.failIfNoSpecifiedTests=false
 * [-Dgate.thresholds=0,2,5,10]}; writes {@code analysis-service/target/entity-model-gates.txt}.
 */
class EntityModelGates {
    private static final int FOLDS = EntityModelFolds.FOLDS;

    @Test
    void report() throws IOException {
        Optional<Path> dev = EvalData.peoplesDailyDev();
        assumeTrue(dev.isPresent(), "skipped: ../shared/eval/peoples-daily-dev.bio not found beside the project");
        int epochs = Integer.getInteger("cv.epochs", EntityModelFolds.EPOCHS);
        List<EntityModelFolds.Item> items = EntityModelFolds.prepare(dev.get());
        List<List<EntityTagger.ScoredMention>> scored = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            scored.add(null);
        }
        for (int k = 0; k < FOLDS; k++) {
            int fold = k;
            WeightTable table = EntityModelFolds.train(items, i -> i % FOLDS != fold, epochs);
            for (int i = fold; i < items.size(); i += FOLDS) {
                EntityModelFolds.Item item = items.get(i);
                scored.set(i, EntityTagger.scoredMentions(table, item.text(), item.features()));
            }
        }
        List<String> out = new ArrayList<>();
        out.add("Margins of the model's mentions the rules do not overlap (held-out folds), quantiles"
                + " 10/25/50/75/90%:");
        for (EntityType type : EntityType.values()) {
            out.add("  " + type + " " + quantiles(items, scored, type));
        }
        float[] thresholds = thresholds();
        List<ModelGate> gates = new ArrayList<>();
        for (boolean orgOnly : new boolean[] {true, false}) {
            for (float t : thresholds) {
                gates.add(new ModelGate(t, orgOnly));
            }
        }
        out.add(String.format(
                "%-12s %7s %7s %7s %7s | %7s %7s %7s",
                "gate", "overall", "PER", "LOC", "ORG", "seedPER", "seedLOC", "seedORG"));
        double[][] rulesFolds = new double[FOLDS][];
        for (int k = 0; k < FOLDS; k++) {
            Map<EntityType, Prf> t = EntityModelFolds.table();
            for (int i = k; i < items.size(); i += FOLDS) {
                EntityModelFolds.score(t, items.get(i).gold(), items.get(i).rules());
            }
            rulesFolds[k] = f1s(t);
        }
        Segmenter segmenter = Segmenter.withDomainLexicon();
        List<SeedGold.SeedFile> seeds = SeedGold.load(EvalData.seeds());
        SeedEntityEvaluation.Result rulesSeeds =
                SeedEntityEvaluation.run(new TextAnalyzer(segmenter, List.of(EntityRecognizer.standard())), seeds);
        out.add(line("rules", mean(rulesFolds), f1s(rulesSeeds)));
        List<String> seedChanges = new ArrayList<>();
        WeightTable all = EntityModelFolds.train(items, i -> true, epochs);
        double[][][] gateFolds = new double[gates.size()][][];
        for (int g = 0; g < gates.size(); g++) {
            gateFolds[g] = perFold(items, scored, gates.get(g));
            SeedEntityEvaluation.Result r = SeedEntityEvaluation.run(
                    new TextAnalyzer(segmenter, List.of(ModelRecognizers.withGatedModel(all, gates.get(g)))), seeds);
            out.add(line(gates.get(g).toString(), mean(gateFolds[g]), f1s(r)));
            if (g == 0 || g == thresholds.length) {
                seedChanges.add("seed gold errors of " + gates.get(g) + " the rules alone do not make:");
                r.falsePositives().stream()
                        .filter(e -> !rulesSeeds.falsePositives().contains(e))
                        .forEach(e -> seedChanges.add("  + " + e));
                r.misses().stream()
                        .filter(e -> !rulesSeeds.misses().contains(e))
                        .forEach(e -> seedChanges.add("  - missed " + e));
            }
        }
        for (boolean orgOnly : new boolean[] {true, false}) {
            int offset = orgOnly ? 0 : thresholds.length;
            int best = offset;
            for (int g = offset; g < offset + thresholds.length; g++) {
                if (mean(gateFolds[g])[0] > mean(gateFolds[best])[0]) {
                    best = g;
                }
            }
            out.add("chosen on PD CV mean overall (" + (orgOnly ? "ORG only" : "all types") + "): " + gates.get(best));
            double[][] nested = new double[FOLDS][];
            StringBuilder picks = new StringBuilder();
            for (int k = 0; k < FOLDS; k++) {
                int pick = offset;
                double pickScore = -1;
                for (int g = offset; g < offset + thresholds.length; g++) {
                    double s = 0;
                    for (int j = 0; j < FOLDS; j++) {
                        s += j == k ? 0 : gateFolds[g][j][0];
                    }
                    if (s > pickScore) {
                        pickScore = s;
                        pick = g;
                    }
                }
                nested[k] = gateFolds[pick][k];
                picks.append(' ').append(gates.get(pick).threshold());
            }
            out.add(String.format(
                    "  nested (threshold per fold chosen on the other folds:%s): overall %.3f PER %.3f LOC %.3f ORG %.3f",
                    picks, mean(nested)[0], mean(nested)[1], mean(nested)[2], mean(nested)[3]));
        }
        out.addAll(seedChanges);
        out.forEach(System.out::println);
        Path file = Path.of("target/entity-model-gates.txt");
        Files.createDirectories(file.getParent());
        Files.write(file, out, StandardCharsets.UTF_8);
    }

    private static float[] thresholds() {
        String s = System.getProperty("gate.thresholds", "0,1,2,3,5,8,12,20");
        String[] parts = s.split(",");
        float[] t = new float[parts.length];
        for (int i = 0; i < parts.length; i++) {
            t[i] = Float.parseFloat(parts[i].trim());
        }
        return t;
    }

    private static double[][] perFold(
            List<EntityModelFolds.Item> items, List<List<EntityTagger.ScoredMention>> scored, ModelGate gate) {
        double[][] folds = new double[FOLDS][];
        for (int k = 0; k < FOLDS; k++) {
            Map<EntityType, Prf> t = EntityModelFolds.table();
            for (int i = k; i < items.size(); i += FOLDS) {
                EntityModelFolds.Item item = items.get(i);
                EntityModelFolds.score(t, item.gold(), gate.merge(item.rules(), scored.get(i)));
            }
            folds[k] = f1s(t);
        }
        return folds;
    }

    private static double[] f1s(Map<EntityType, Prf> t) {
        return new double[] {
            EntityModelFolds.overall(t).f1(),
            t.get(EntityType.PERSON).f1(),
            t.get(EntityType.LOCATION).f1(),
            t.get(EntityType.ORGANIZATION).f1()
        };
    }

    private static double[] mean(double[][] folds) {
        double[] m = new double[4];
        for (double[] f : folds) {
            for (int i = 0; i < 4; i++) {
                m[i] += f[i] / folds.length;
            }
        }
        return m;
    }

    private static double[] f1s(SeedEntityEvaluation.Result r) {
        return new double[] {
            r.perType().get(EntityType.PERSON).f1(),
            r.perType().get(EntityType.LOCATION).f1(),
            r.perType().get(EntityType.ORGANIZATION).f1()
        };
    }

    private static String line(String label, double[] cv, double[] seed) {
        return String.format(
                "%-12s %7.3f %7.3f %7.3f %7.3f | %7.3f %7.3f %7.3f",
                label, cv[0], cv[1], cv[2], cv[3], seed[0], seed[1], seed[2]);
    }

    private static String quantiles(
            List<EntityModelFolds.Item> items, List<List<EntityTagger.ScoredMention>> scored, EntityType type) {
        List<Float> margins = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            for (EntityTagger.ScoredMention s : scored.get(i)) {
                if (s.mention().type() == type
                        && items.get(i).rules().stream()
                                .noneMatch(r -> r.start() < s.mention().end()
                                        && s.mention().start() < r.end())) {
                    margins.add(s.margin());
                }
            }
        }
        float[] m = new float[margins.size()];
        for (int i = 0; i < m.length; i++) {
            m[i] = margins.get(i);
        }
        Arrays.sort(m);
        if (m.length == 0) {
            return "none";
        }
        return String.format(
                "n=%d: %.2f %.2f %.2f %.2f %.2f",
                m.length,
                m[m.length / 10],
                m[m.length / 4],
                m[m.length / 2],
                m[m.length * 3 / 4],
                m[m.length * 9 / 10]);
    }
}
