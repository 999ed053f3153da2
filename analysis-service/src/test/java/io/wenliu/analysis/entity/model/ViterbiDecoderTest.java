package io.wenliu.analysis.entity.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.wenliu.analysis.enrichment.EntityType;
import org.junit.jupiter.api.Test;

/** Decoding with a tiny hand-made model: feature 1 says "person here", feature 2 "outside". */
class ViterbiDecoderTest {
    private static final int B_PER = Tags.of(EntityType.PERSON, Tags.B);
    private static final int I_PER = Tags.of(EntityType.PERSON, Tags.I);
    private static final int E_PER = Tags.of(EntityType.PERSON, Tags.E);

    private static WeightTable model(float startOfPersonBonus) {
        float[] weights = new float[2 * Tags.COUNT];
        weights[B_PER] = 1f + startOfPersonBonus;
        weights[I_PER] = 1.5f; // alone, the best tag is I-PER: only the legality of the sequence rules it out
        weights[E_PER] = 1f;
        weights[Tags.COUNT + Tags.O] = 1f;
        return new WeightTable(new long[] {1, 2}, weights, new float[(Tags.COUNT + 1) * Tags.COUNT]);
    }

    @Test
    void theBestLegalSequenceWinsOverTheBestTagPerCharacter() {
        long[][] features = {{2}, {1}, {1}, {1}, {2}};

        int[] tags = ViterbiDecoder.decode(model(0f), features);

        assertThat(tags).containsExactly(Tags.O, B_PER, I_PER, E_PER, Tags.O);
    }

    @Test
    void unknownFeaturesAddNothingAndAnEmptyTextHasNoTags() {
        long[][] features = {{2, 99}, {2, 77}};

        assertThat(ViterbiDecoder.decode(model(0f), features)).containsExactly(Tags.O, Tags.O);
        assertThat(ViterbiDecoder.decode(model(0f), new long[0][])).isEmpty();
    }

    @Test
    void transitionWeightsChangeTheDecision() {
        float[] transitions = new float[(Tags.COUNT + 1) * Tags.COUNT];
        transitions[Tags.O * Tags.COUNT + B_PER] = -10f; // a person may not follow an outside character
        float[] weights = new float[2 * Tags.COUNT];
        weights[B_PER] = 1f;
        weights[E_PER] = 1f;
        weights[Tags.COUNT + Tags.O] = 2f;
        WeightTable table = new WeightTable(new long[] {1, 2}, weights, transitions);

        assertThat(ViterbiDecoder.decode(table, new long[][] {{2}, {1}, {1}})).containsExactly(Tags.O, Tags.O, Tags.O);
    }

    @Test
    void marginsSayHowMuchTheBestPathBeatsTaggingACharacterOutside() {
        long[][] features = {{2}, {1}, {1}, {1}, {2}};

        ViterbiDecoder.Scored scored = ViterbiDecoder.decodeScored(model(0f), features);

        assertThat(scored.tags()).containsExactly(ViterbiDecoder.decode(model(0f), features));
        // best 5.5; with the middle O: all O, 2; with the first or last person character O: a two-character name, 4
        assertThat(scored.outsideMargin()).containsExactly(0f, 1.5f, 3.5f, 1.5f, 0f);
        assertThat(EntityTagger.scoredMentions(model(0f), "x张三丰y", features))
                .singleElement()
                .satisfies(m -> {
                    assertThat(m.mention().text()).isEqualTo("张三丰");
                    assertThat(m.margin()).isEqualTo(1.5f);
                });
    }
}
