package io.wenliu.analysis.entity;

import static org.assertj.core.api.Assertions.assertThat;

import io.wenliu.analysis.enrichment.CreditedPerson;
import io.wenliu.analysis.enrichment.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

class CreditedPeopleTest {

    @Test
    void oneMentionPerNameWithEveryRoleInOrder() {
        List<CreditedPerson> people = CreditedPeople.of(List.of(
                new Credit("记者", "王小明"),
                new Credit("通讯员", "李华"),
                new Credit("摄影", "王小明"),
                new Credit("记者", "阿依努尔·买买提")));

        assertThat(people)
                .containsExactly(
                        new CreditedPerson("王小明", EntityType.PERSON, List.of("记者", "摄影")),
                        new CreditedPerson("李华", EntityType.PERSON, List.of("通讯员")),
                        new CreditedPerson("阿依努尔·买买提", EntityType.PERSON, List.of("记者")));
    }

    @Test
    void institutionalBylinesAndNonNamesAreNoPeople() {
        List<CreditedPerson> people = CreditedPeople.of(List.of(
                new Credit("评论员", "新华社评论员"),
                new Credit("记者", "王"),
                new Credit("记者", "2024"),
                new Credit("编辑", "（完）"),
                new Credit("记者", " 赵六 ")));

        assertThat(people).containsExactly(new CreditedPerson("赵六", EntityType.PERSON, List.of("记者")));
    }

    @Test
    void aCreditWithoutARoleStillNamesAPerson() {
        assertThat(CreditedPeople.of(List.of(new Credit("", "John Smith"))))
                .containsExactly(new CreditedPerson("John Smith", EntityType.PERSON, List.of()));
    }
}
