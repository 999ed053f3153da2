package io.wenliu.analysis.entity.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.wenliu.analysis.enrichment.EntityType;
import io.wenliu.analysis.entity.Mention;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class TagsTest {
    private static final String TEXT = "李明在北京大学说";

    @Test
    void mentionsBecomeBioesTagsAndComeBack() {
        List<Mention> mentions = List.of(
                new Mention(EntityType.PERSON, "李明", 0, 2),
                new Mention(EntityType.ORGANIZATION, "北京大学", 3, 7),
                new Mention(EntityType.LOCATION, "说", 7, 8));

        int[] tags = Tags.encode(TEXT.length(), mentions);

        assertThat(Arrays.stream(tags).mapToObj(Tags::name))
                .containsExactly("B-PER", "E-PER", "O", "B-ORG", "I-ORG", "I-ORG", "E-ORG", "S-LOC");
        assertThat(Tags.decode(TEXT, tags)).containsExactlyElementsOf(mentions);
    }

    @Test
    void aMentionLeftOpenIsClosedWhereItStops() {
        int[] tags = {
            Tags.of(EntityType.PERSON, Tags.B),
            Tags.of(EntityType.PERSON, Tags.I),
            Tags.O,
            Tags.O,
            Tags.O,
            Tags.O,
            Tags.O,
            Tags.O
        };

        assertThat(Tags.decode(TEXT, tags)).containsExactly(new Mention(EntityType.PERSON, "李明", 0, 2));
    }

    @Test
    void insideTagsFollowOnlyAnOpenMentionOfTheirType() {
        int bPer = Tags.of(EntityType.PERSON, Tags.B);
        int iPer = Tags.of(EntityType.PERSON, Tags.I);
        int ePer = Tags.of(EntityType.PERSON, Tags.E);
        int iLoc = Tags.of(EntityType.LOCATION, Tags.I);

        assertThat(Tags.allowed(-1, iPer)).isFalse();
        assertThat(Tags.allowed(bPer, ePer)).isTrue();
        assertThat(Tags.allowed(bPer, iLoc)).isFalse();
        assertThat(Tags.allowed(bPer, Tags.O)).isFalse();
        assertThat(Tags.allowed(ePer, Tags.O)).isTrue();
        assertThat(Tags.allowedLast(bPer)).isFalse();
    }
}
