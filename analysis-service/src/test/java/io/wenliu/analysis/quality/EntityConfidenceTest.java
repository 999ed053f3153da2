package io.wenliu.analysis.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.wenliu.analysis.corpus.DocumentFrequencies;
import io.wenliu.analysis.enrichment.Entity;
import io.wenliu.analysis.entity.EntityConfidence;
import io.wenliu.analysis.entity.EntityRecognizer;
import io.wenliu.analysis.pipeline.TextAnalyzer;
import io.wenliu.analysis.segment.Segmenter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The shipped confidence table is the one the People's Daily file gives, and on the seed gold (which did not make
 * the table) the entities it puts below the search service's facet threshold are far less often right than the rest.
 */
class EntityConfidenceTest {
    /** search-service's default {@code wenliu.search.facets.min-confidence}. */
    private static final double FACET_THRESHOLD = 0.5;

    private static final Path TABLE = EvalData.projectRoot()
            .resolve("analysis-service/src/main/resources")
            .resolve(EntityConfidence.TABLE);

    @Test
    void shippedTableIsTheOneMeasuredOnPeoplesDaily() throws IOException {
        Optional<Path> dev = EvalData.peoplesDailyDev();
        assumeTrue(dev.isPresent(), "skipped: ../shared/eval/peoples-daily-dev.bio not found beside the project");

        List<EntityConfidenceCalibration.Row> measured = EntityConfidenceCalibration.measure(
                Segmenter.withDomainLexicon(), EntityRecognizer.standard(), dev.get());

        if (Boolean.getBoolean("confidence.update")) {
            // After a change of the entity rules: -Dconfidence.update=true measures and rewrites the table.
            List<String> lines = new ArrayList<>();
            lines.add("# TYPE\tevidence\tmentions\tcorrect\tconfidence: measured on People's Daily dev by"
                    + " EntityConfidenceTest (-Dconfidence.update=true); do not edit by hand");
            measured.forEach(r -> lines.add(r.line()));
            Files.write(TABLE, lines, StandardCharsets.UTF_8);
        }
        Map<String, Double> shipped = new HashMap<>();
        for (String line : Files.readAllLines(TABLE, StandardCharsets.UTF_8)) {
            if (!line.startsWith("#") && !line.isBlank()) {
                String[] parts = line.split("\t");
                shipped.put(parts[0] + "\t" + parts[1], Double.parseDouble(parts[4]));
            }
        }
        assertThat(shipped.keySet())
                .as("combinations in " + TABLE)
                .containsExactlyInAnyOrderElementsOf(measured.stream()
                        .map(r -> r.type() + "\t" + r.evidence())
                        .toList());
        for (EntityConfidenceCalibration.Row row : measured) {
            assertThat(shipped.get(row.type() + "\t" + row.evidence()))
                    .as(
                            "%s %s (rerun with -Dconfidence.update=true after changing the rules)",
                            row.type(), row.evidence())
                    .isCloseTo(row.confidence(), within(0.03));
        }
    }

    @Test
    void seedEntitiesBelowTheFacetThresholdAreMostlyWrongAndFewRightOnesFallBelowIt() {
        TextAnalyzer analyzer = TextAnalyzer.standard();
        int[] above = new int[2];
        int[] below = new int[2];
        for (SeedGold.SeedFile file : SeedGold.load(EvalData.seeds())) {
            for (SeedGold.Segment segment : file.segments()) {
                for (Entity e : analyzer.analyze(null, segment.text(), DocumentFrequencies.EMPTY)
                        .entities()) {
                    Boolean right = judge(file, e);
                    if (right != null) {
                        int[] side = e.confidence() >= FACET_THRESHOLD ? above : below;
                        side[0]++;
                        side[1] += right ? 1 : 0;
                    }
                }
            }
        }
        double precisionAbove = (double) above[1] / above[0];
        double precisionBelow = below[0] == 0 ? 0 : (double) below[1] / below[0];
        double rightKept = (double) above[1] / (above[1] + below[1]);
        System.out.printf(
                "seed entities: %d at or above %.2f (%.3f right), %d below (%.3f right); right ones kept %.3f%n",
                above[0], FACET_THRESHOLD, precisionAbove, below[0], precisionBelow, rightKept);

        assertThat(below[0]).as("entities the threshold hides").isPositive();
        assertThat(precisionAbove).isGreaterThan(precisionBelow + 0.2);
        assertThat(rightKept).isGreaterThanOrEqualTo(0.95);
    }

    /** Whether the gold lists the entity (true), lists it as doubtful (null) or not at all (false). */
    private static Boolean judge(SeedGold.SeedFile file, Entity e) {
        for (SeedGold.GoldEntity g : file.entities()) {
            if (g.type() == e.type() && g.accepted().contains(e.text())) {
                return g.optional() ? null : Boolean.TRUE;
            }
        }
        return Boolean.FALSE;
    }
}
