package io.wenliu.analysis.quality;

import static org.assertj.core.api.Assertions.assertThat;

import io.wenliu.analysis.enrichment.EntityType;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TypeConfusionTest {
    private static final int PER = EntityType.PERSON.ordinal();
    private static final int LOC = EntityType.LOCATION.ordinal();
    private static final int ORG = EntityType.ORGANIZATION.ordinal();

    @Test
    void eachGoldMentionIsFoundRightWithAnotherTypeWithOtherBoundsOrNotAtAll() {
        TypeConfusion confusion = new TypeConfusion();
        confusion.add(
                Set.of("PERSON:0:3", "LOCATION:5:7", "ORGANIZATION:10:15", "LOCATION:20:22"),
                Set.of("PERSON:0:3", "ORGANIZATION:5:7", "ORGANIZATION:10:13"));

        assertThat(confusion.count(PER, PER)).isEqualTo(1);
        assertThat(confusion.count(LOC, ORG)).isEqualTo(1);
        assertThat(confusion.count(ORG, TypeConfusion.BOUNDS)).isEqualTo(1);
        assertThat(confusion.count(LOC, TypeConfusion.MISSED)).isEqualTo(1);
        assertThat(confusion.wrongType()).isEqualTo(1);
    }

    @Test
    void predictionsAtNoGoldSpanOverlapAGoldMentionOrStandAlone() {
        TypeConfusion confusion = new TypeConfusion();
        confusion.add(Set.of("ORGANIZATION:10:15"), Set.of("ORGANIZATION:10:13", "PERSON:20:22", "PERSON:30:32"));

        assertThat(confusion.count(TypeConfusion.NO_GOLD, TypeConfusion.BOUNDS)).isEqualTo(1);
        assertThat(confusion.count(TypeConfusion.NO_GOLD, PER)).isEqualTo(2);
        assertThat(confusion.count(ORG, TypeConfusion.BOUNDS)).isEqualTo(1);
        assertThat(confusion.wrongType()).isZero();
    }
}
