package io.wenliu.analysis.entity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PersonNamesTest {
    private final PersonNames people = NameLists.load().people();

    @Test
    void aTitleReadIntoANameIsLeftOut() {
        assertThat(people.withoutTitle("王汝大夫")).isEqualTo("王汝");
        assertThat(people.withoutTitle("胡老")).isEqualTo("胡");
        assertThat(people.withoutTitle("郑某")).isEqualTo("郑");
        assertThat(people.withoutTitle("王汝")).isEqualTo("王汝");
        // not a surname before the title: left as it is
        assertThat(people.withoutTitle("启老")).isEqualTo("启老");
    }

    @Test
    void aSurnameBeforeACharacterMostlySeenAsAGivenNameHasTheShapeOfAName() {
        assertThat(people.hasGivenNameShape("柳萍")).isTrue();
        assertThat(people.hasGivenNameShape("伍霞")).isTrue();
        // the second character is mostly seen outside names
        assertThat(people.hasGivenNameShape("温化")).isFalse();
        assertThat(people.hasGivenNameShape("严督")).isFalse();
        // no surname first, or not two characters
        assertThat(people.hasGivenNameShape("萍柳")).isFalse();
        assertThat(people.hasGivenNameShape("柳萍萍")).isFalse();
    }

    @Test
    void aNameHoldsNoPunctuationButTheMarksOfForeignNames() {
        assertThat(people.isPlausiblePerson("袁（", "nr")).isFalse();
        assertThat(people.isPlausiblePerson("约翰—格伦", "nrf")).isTrue();
        assertThat(people.isPlausiblePerson("王汝", "nr")).isTrue();
    }

    @Test
    void aShortUnlistedWordStartingWithASurnameLooksLikeAChineseName() {
        assertThat(people.looksLikeChineseName("高小燕")).isTrue();
        assertThat(people.looksLikeChineseName("世界气象")).isFalse();
        assertThat(people.looksLikeChineseName("北约")).isFalse();
    }

    @Test
    void aFunctionWordReadIntoTheEndOfALongNameIsLeftOut() {
        assertThat(people.withoutTrailingWord("金士尧于")).isEqualTo("金士尧");
        assertThat(people.withoutTrailingWord("罗朗·雷斯及")).isEqualTo("罗朗·雷斯");
        assertThat(people.withoutTrailingWord("王和")).isEqualTo("王和");
    }

    @Test
    void aForeignNameHasAShortGivenNameBeforeItsDot() {
        assertThat(people.isForeignName("差猜·春哈旺")).isTrue();
        assertThat(people.isForeignName("荷兰人维姆·杜伊森贝赫")).isFalse();
        assertThat(people.isForeignName("·春哈旺")).isFalse();
        assertThat(people.isForeignName("f·1赛车")).isFalse();
    }
}
