package io.wenliu.analysis.entity.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.wenliu.analysis.enrichment.EntityType;
import io.wenliu.analysis.entity.Mention;
import io.wenliu.analysis.entity.ModelRecognizers;
import io.wenliu.analysis.segment.Token;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class FeatureExtractorTest {
    private static final String TEXT = "李明在北京说";
    private static final List<Token> TOKENS = List.of(
            new Token("李明", "nr", 0, 2),
            new Token("在", "p", 2, 3),
            new Token("北京", "ns", 3, 5),
            new Token("说", "v", 5, 6));
    private static FeatureExtractor extractor;

    @BeforeAll
    static void load() {
        extractor = ModelRecognizers.featureExtractor();
    }

    @Test
    void everyCharacterGetsFeaturesAndTheSameInputTheSameOnes() {
        List<Mention> rules = List.of(new Mention(EntityType.PERSON, "李明", 0, 2));

        long[][] first = extractor.extract(TEXT, TOKENS, rules);
        long[][] second = extractor.extract(TEXT, TOKENS, rules);

        assertThat(first.length).isEqualTo(TEXT.length());
        for (long[] f : first) {
            assertThat(f).hasSizeGreaterThan(15).doesNotContain(0L);
        }
        assertThat(first).isDeepEqualTo(second);
    }

    @Test
    void theRuleMentionCoveringACharacterIsAFeature() {
        long[][] withRule = extractor.extract(TEXT, TOKENS, List.of(new Mention(EntityType.LOCATION, "北京", 3, 5)));
        long[][] without = extractor.extract(TEXT, TOKENS, List.of());

        long ruleLocB = FeatureHash.done(FeatureHash.add(FeatureHash.start(20), "B-LOC"));
        assertThat(withRule[3]).contains(ruleLocB);
        assertThat(without[3]).doesNotContain(ruleLocB);
        assertThat(withRule[0]).isEqualTo(without[0]); // two characters away from the mention: unchanged
    }

    @Test
    void theWordAndThePlaceOfTheCharacterInItAreFeatures() {
        long[][] features = extractor.extract(TEXT, TOKENS, List.of());

        long beijingEnd = FeatureHash.done(FeatureHash.add(FeatureHash.add(FeatureHash.start(31), "北京"), 'E'));
        assertThat(features[4]).contains(beijingEnd);
        assertThat(features[3]).doesNotContain(beijingEnd);
    }
}
