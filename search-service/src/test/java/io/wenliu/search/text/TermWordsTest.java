package io.wenliu.search.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The term-to-word rule gives exactly what the original regex-based rule gave. */
class TermWordsTest {

    /** The rule as first written: {@code \s+} removed, lower-cased, kept only with a letter or digit. */
    private static String reference(String name) {
        String word = name.replaceAll("\\s+", "").toLowerCase(Locale.ROOT);
        return !word.isEmpty() && word.codePoints().anyMatch(Character::isLetterOrDigit) ? word : null;
    }

    @Test
    void everySingleUnitTermGivesTheReferenceWord() {
        for (int c = Character.MIN_VALUE; c <= Character.MAX_VALUE; c++) {
            String name = String.valueOf((char) c);
            assertThat(TermWords.word(name)).as("U+%04X", c).isEqualTo(reference(name));
        }
    }

    @Test
    void everyIdeographNextToOtherCharactersGivesTheReferenceWord() {
        for (char c : new char[] {'A', 'z', ' ', '\t', '\u3000', '\u00A0', 'İ', 'Σ', '9', '。', '\uD83D', '\u9FA6'}) {
            for (String name : new String[] {"疫情" + c, c + "疫情", "疫" + c + "情"}) {
                assertThat(TermWords.word(name)).as(name).isEqualTo(reference(name));
            }
        }
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "复工复产",
                "COVID",
                "ΟΔΟΣ",
                "İstanbul",
                "ǅemal",
                "a b\tc\nd\u000Be\ff\rg",
                " \t ",
                "\u3000",
                "a\u00A0b",
                "😷",
                "𠀀𠀁",
                "\uD800",
                "3.14%",
                "ＡＢＣ１２３",
                "——",
                "鿦鿧",
                "〇"
            })
    void namesGiveTheReferenceWord(String name) {
        assertThat(TermWords.word(name)).isEqualTo(reference(name));
    }
}
