package io.wenliu.analysis.entity.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.wenliu.analysis.enrichment.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Toy data: feature 7 marks a one-character place, feature 8 an outside character, 9 appears once only. */
class PerceptronTrainerTest {
    private static final int S_LOC = Tags.of(EntityType.LOCATION, Tags.S);

    private static List<PerceptronTrainer.Example> examples() {
        return List.of(
                new PerceptronTrainer.Example(new long[][] {{8}, {7}, {8}}, new int[] {Tags.O, S_LOC, Tags.O}),
                new PerceptronTrainer.Example(new long[][] {{7}, {8}}, new int[] {S_LOC, Tags.O}),
                new PerceptronTrainer.Example(new long[][] {{8, 9}, {8}, {7}}, new int[] {Tags.O, Tags.O, S_LOC}));
    }

    @Test
    void learnsTheToyDataAndDropsRareFeatures() {
        WeightTable table = new PerceptronTrainer(5, 1, 2).train(examples());

        assertThat(ViterbiDecoder.decode(table, new long[][] {{8}, {8}, {7}, {8}}))
                .containsExactly(Tags.O, Tags.O, S_LOC, Tags.O);
        assertThat(table.features()).containsExactlyInAnyOrder(7L, 8L);
    }

    @Test
    void theSameDataAndSeedGiveTheSameWeights() {
        WeightTable first = new PerceptronTrainer(3, 42, 1).train(examples());
        WeightTable second = new PerceptronTrainer(3, 42, 1).train(examples());

        assertThat(first).isEqualTo(second);
    }
}
