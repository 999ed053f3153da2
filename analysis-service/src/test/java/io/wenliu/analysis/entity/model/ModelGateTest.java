package io.wenliu.analysis.entity.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.wenliu.analysis.enrichment.EntityType;
import io.wenliu.analysis.entity.Mention;
import java.util.List;
import org.junit.jupiter.api.Test;

class ModelGateTest {
    private static final Mention RULE_PERSON = new Mention(EntityType.PERSON, "张三", 0, 2);
    private static final List<EntityTagger.ScoredMention> MODEL = List.of(
            new EntityTagger.ScoredMention(new Mention(EntityType.PERSON, "张三丰", 0, 3), 50f),
            new EntityTagger.ScoredMention(new Mention(EntityType.ORGANIZATION, "新华社", 5, 8), 20f),
            new EntityTagger.ScoredMention(new Mention(EntityType.LOCATION, "北京", 10, 12), 30f),
            new EntityTagger.ScoredMention(new Mention(EntityType.ORGANIZATION, "突击队", 14, 17), 3f));

    @Test
    void rulesComeFirstAndConfidentModelMentionsFillTheGaps() {
        assertThat(new ModelGate(10f, false).merge(List.of(RULE_PERSON), MODEL))
                .extracting(Mention::text)
                .containsExactly("张三", "新华社", "北京");
    }

    @Test
    void organisationsOnlyKeepsTheRulesOtherTypes() {
        assertThat(new ModelGate(10f, true).merge(List.of(RULE_PERSON), MODEL))
                .extracting(Mention::text)
                .containsExactly("张三", "新华社");
        assertThat(new ModelGate(0f, true).merge(List.of(RULE_PERSON), MODEL))
                .extracting(Mention::text)
                .containsExactly("张三", "新华社", "突击队");
    }
}
