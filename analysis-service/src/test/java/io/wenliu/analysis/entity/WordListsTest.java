package io.wenliu.analysis.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class WordListsTest {

    @Test
    void readsEachSectionsEntriesAcrossLines() {
        WordLists lists = WordLists.load("entity/word-lists-sample.txt");

        assertThat(lists.words("words")).containsExactly("党委", "党支部", "委员会");
        assertThat(lists.chars("letters").toString()).isEqualTo("abcd");
        assertThat(lists.chars("letters").contains('c')).isTrue();
        assertThat(lists.chars("letters").contains('e')).isFalse();
    }

    @Test
    void aMissingOrRepeatedListIsAnErrorThatNamesIt() {
        assertThatThrownBy(() -> WordLists.load("entity/word-lists-sample.txt").words("surnames"))
                .hasMessageContaining("[surnames]");
        assertThatThrownBy(() -> WordLists.load("entity/word-lists-twice.txt"))
                .hasMessageContaining("[a] appears twice");
    }

    @Test
    void theShippedListsHoldEveryListNameListsReads() {
        WordLists shipped = WordLists.load(NameLists.WORD_LISTS);

        assertThat(String.join("", shipped.words("surnames"))).startsWith("王李张刘陈");
        assertThat(shipped.words("organisation-suffixes")).contains("委员会", "党支部");
    }
}
