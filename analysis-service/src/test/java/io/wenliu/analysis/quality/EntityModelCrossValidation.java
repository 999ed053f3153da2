package io.wenliu.analysis.quality;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.wenliu.analysis.enrichment.EntityType;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Development tool, not a regression test (its name does not end in Test): the entity model's 5-fold
 * cross-validation on People's Daily dev (fold = sentence index % 5), per fold and mean, rules alone against the
 * model over the rules, F1 overall and per type. Its decoding cost is measured by {@link EntityModelSpeed}.
 *
 * <p>Run on demand: {@code ./mvnw -o -pl analysis-service test -Dtest=EntityModelCrossValidation
 * -Dsurefire.failIfNoSpecifiedTests=false} (optionally {@code -Dcv.epochs=N}, {@code -Dcv.merge=ADD}, {@code -Dmodel.prune=X}). It prints the table and writes it to
 * {@code analysis-service/target/entity-model-cv.txt}.
 */
class EntityModelCrossValidation {

    @Test
    void report() throws IOException {
        Optional<Path> dev = EvalData.peoplesDailyDev();
        assumeTrue(dev.isPresent(), "skipped: ../shared/eval/peoples-daily-dev.bio not found beside the project");
        int epochs = Integer.getInteger("cv.epochs", EntityModelFolds.EPOCHS);
        List<EntityModelFolds.Item> items = EntityModelFolds.prepare(dev.get());
        long started = System.nanoTime();
        List<EntityModelFolds.Fold> folds = EntityModelFolds.crossValidate(items, epochs);
        long trainMs = (System.nanoTime() - started) / 1_000_000;

        List<String> out = new ArrayList<>();
        out.add("Entity model, 5-fold CV on People's Daily dev (" + items.size() + " sentences), " + epochs
                + " epochs, merge " + EntityModelFolds.MERGE + ", F1:");
        out.add(String.format("%-6s %-6s %7s %7s %7s %7s", "fold", "", "overall", "PER", "LOC", "ORG"));
        double[][] sums = new double[2][4];
        for (int k = 0; k < folds.size(); k++) {
            out.add(row(String.valueOf(k), "rules", folds.get(k).rules(), sums[0]));
            out.add(row(String.valueOf(k), "model", folds.get(k).model(), sums[1]));
        }
        for (int m = 0; m < 2; m++) {
            out.add(String.format(
                    "%-6s %-6s %7.3f %7.3f %7.3f %7.3f",
                    "mean",
                    m == 0 ? "rules" : "model",
                    sums[m][0] / folds.size(),
                    sums[m][1] / folds.size(),
                    sums[m][2] / folds.size(),
                    sums[m][3] / folds.size()));
        }
        out.add("cross-validation took " + trainMs + " ms");
        out.forEach(System.out::println);
        Path file = Path.of("target/entity-model-cv.txt");
        Files.createDirectories(file.getParent());
        Files.write(file, out, StandardCharsets.UTF_8);
    }

    private static String row(String fold, String label, Map<EntityType, Prf> table, double[] sums) {
        double[] f = {
            EntityModelFolds.overall(table).f1(),
            table.get(EntityType.PERSON).f1(),
            table.get(EntityType.LOCATION).f1(),
            table.get(EntityType.ORGANIZATION).f1()
        };
        for (int i = 0; i < 4; i++) {
            sums[i] += f[i];
        }
        return String.format("%-6s %-6s %7.3f %7.3f %7.3f %7.3f", fold, label, f[0], f[1], f[2], f[3]);
    }
}
