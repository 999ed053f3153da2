package io.wenliu.analysis.quality;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.wenliu.analysis.entity.ModelRecognizers;
import io.wenliu.analysis.entity.model.EntityTagger;
import io.wenliu.analysis.entity.model.FeatureExtractor;
import io.wenliu.analysis.entity.model.WeightTable;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Development tool, not a regression test: what the entity model costs per 1,000 characters in CPU time of this
 * thread (the machine is shared), over People's Daily dev whose segmentation and rules are done beforehand —
 * features (name-list codes included), plain decoding (tag scores and Viterbi) and scored decoding (plus the
 * backward pass of the margins, as the gate needs). Three measurements, each the best of 5 rounds, with a model
 * trained on all of dev ({@code -Dmodel.prune=X}: features whose largest absolute weight is below X dropped).
 *
 * <p>{@code ./mvnw -o -pl analysis-service test -Dtest=EntityModelSpeed -Dsurefire.failIfNoSpecifiedTests=false};
 * writes {@code analysis-service/target/entity-model-speed.txt}.
 */
class EntityModelSpeed {

    @Test
    void report() throws IOException {
        Optional<Path> dev = EvalData.peoplesDailyDev();
        assumeTrue(dev.isPresent(), "skipped: ../shared/eval/peoples-daily-dev.bio not found beside the project");
        List<EntityModelFolds.Item> items = EntityModelFolds.prepare(dev.get());
        WeightTable table = EntityModelFolds.train(items, i -> true, EntityModelFolds.EPOCHS);
        float prune = EntityModelFolds.PRUNE;
        FeatureExtractor extractor = ModelRecognizers.featureExtractor();
        EntityTagger tagger = new EntityTagger(extractor, table);
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        long chars = items.stream().mapToLong(i -> i.text().length()).sum();
        List<String> out = new ArrayList<>();
        out.add(String.format(
                "entity model cost, CPU ms per 1,000 chars over %d chars, %d features (prune %.3f), best of 5 rounds:",
                chars, table.size(), prune));
        long found = 0;
        for (int measurement = 1; measurement <= 3; measurement++) {
            long bestExtract = Long.MAX_VALUE;
            long bestDecode = Long.MAX_VALUE;
            long bestScored = Long.MAX_VALUE;
            long bestEmission = Long.MAX_VALUE;
            long bestFused = Long.MAX_VALUE;
            long bestFusedScored = Long.MAX_VALUE;
            for (int round = 0; round < 5; round++) {
                long t0 = cpu.getCurrentThreadCpuTime();
                for (EntityModelFolds.Item item : items) {
                    found += extractor.extract(item.text(), item.tokens(), item.rules()).length;
                }
                long t1 = cpu.getCurrentThreadCpuTime();
                for (EntityModelFolds.Item item : items) {
                    found += EntityTagger.mentions(table, item.text(), item.features())
                            .size();
                }
                long t2 = cpu.getCurrentThreadCpuTime();
                for (EntityModelFolds.Item item : items) {
                    found += EntityTagger.scoredMentions(table, item.text(), item.features())
                            .size();
                }
                long t3 = cpu.getCurrentThreadCpuTime();
                float[] scores = new float[io.wenliu.analysis.entity.model.Tags.COUNT];
                for (EntityModelFolds.Item item : items) {
                    for (long[] f : item.features()) {
                        table.score(f, scores);
                    }
                }
                found += (long) scores[0];
                long t4 = cpu.getCurrentThreadCpuTime();
                bestEmission = Math.min(bestEmission, t4 - t3);
                for (EntityModelFolds.Item item : items) {
                    found += tagger.mentions(item.text(), item.tokens(), item.rules())
                            .size();
                }
                long t5 = cpu.getCurrentThreadCpuTime();
                for (EntityModelFolds.Item item : items) {
                    found += tagger.scoredMentions(item.text(), item.tokens(), item.rules())
                            .size();
                }
                long t6 = cpu.getCurrentThreadCpuTime();
                bestFused = Math.min(bestFused, t5 - t4);
                bestFusedScored = Math.min(bestFusedScored, t6 - t5);
                bestExtract = Math.min(bestExtract, t1 - t0);
                bestDecode = Math.min(bestDecode, t2 - t1);
                bestScored = Math.min(bestScored, t3 - t2);
            }
            out.add(String.format(
                    "  #%d features %.3f + decoding %.3f = %.3f; scored decoding %.3f, features + scored %.3f"
                            + " (tag scores alone %.3f); as the recogniser runs it (scored as extracted):"
                            + " %.3f, with margins %.3f",
                    measurement,
                    perK(bestExtract, chars),
                    perK(bestDecode, chars),
                    perK(bestExtract + bestDecode, chars),
                    perK(bestScored, chars),
                    perK(bestExtract + bestScored, chars),
                    perK(bestEmission, chars),
                    perK(bestFused, chars),
                    perK(bestFusedScored, chars)));
        }
        out.add("(" + found + ")");
        out.forEach(System.out::println);
        Path file = Path.of("target/entity-model-speed.txt");
        Files.createDirectories(file.getParent());
        Files.write(file, out, StandardCharsets.UTF_8);
    }

    private static double perK(long nanos, long chars) {
        return nanos / 1e6 / chars * 1000;
    }
}
