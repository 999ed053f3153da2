package io.wenliu.analysis.segment;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CharClassTest {

    @Test
    void containsExactlyTheGivenCharacters() {
        String members = "。！？!?委联协";
        CharClass set = CharClass.of(members);
        for (char c : members.toCharArray()) {
            assertThat(set.contains(c)).as("%s", c).isTrue();
        }
        for (char c : "，、 a部局\n".toCharArray()) {
            assertThat(set.contains(c)).as("%s", c).isFalse();
        }
    }

    @Test
    void answersAsIndexOfDoesForEveryCharacter() {
        String members = "市县省州!\u0000\uffff㐀𠀀东西南北中";
        CharClass set = CharClass.of(members);
        for (int c = Character.MIN_VALUE; c <= Character.MAX_VALUE; c++) {
            if (set.contains((char) c) != members.indexOf((char) c) >= 0) {
                throw new AssertionError("differs at U+" + Integer.toHexString(c));
            }
        }
    }

    @Test
    void boundariesOfTheBitWords() {
        char low = '\u4e00';
        CharClass set = CharClass.of("" + low + (char) (low + 63) + (char) (low + 64) + (char) (low + 128));
        assertThat(set.contains(low)).isTrue();
        assertThat(set.contains((char) (low + 63))).isTrue();
        assertThat(set.contains((char) (low + 64))).isTrue();
        assertThat(set.contains((char) (low + 128))).isTrue();
        assertThat(set.contains((char) (low + 1))).isFalse();
        assertThat(set.contains((char) (low + 65))).isFalse();
        assertThat(set.contains((char) (low + 127))).isFalse();
        assertThat(set.contains((char) (low - 1))).isFalse();
        assertThat(set.contains((char) (low + 129))).isFalse();
        assertThat(set.contains((char) (low + 192))).isFalse();
    }

    @Test
    void emptySetContainsNothing() {
        CharClass empty = CharClass.of("");
        assertThat(empty.contains('\u0000')).isFalse();
        assertThat(empty.contains('中')).isFalse();
        assertThat(empty.containsAny("中文")).isFalse();
    }

    @Test
    void containsAnyLooksAtEveryCharacter() {
        CharClass set = CharClass.of("。！？；：");
        assertThat(set.containsAny("一个标题")).isFalse();
        assertThat(set.containsAny("一句话。")).isTrue();
        assertThat(set.containsAny("：开头")).isTrue();
        assertThat(set.containsAny("")).isFalse();
    }
}
