package io.wenliu.analysis.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TextBudgetTest {

    @Test
    void aTextWithinTheLimitIsAnalysedWhole() {
        assertThat(TextBudget.prefix("第一段。\n第二段。", 9)).isEqualTo("第一段。\n第二段。");
    }

    @Test
    void aLongTextEndsAtTheLastParagraphInsideTheLimit() {
        String text = "甲".repeat(6) + "\n" + "乙".repeat(3) + "\n" + "丙".repeat(10);

        assertThat(TextBudget.prefix(text, 12)).isEqualTo("甲".repeat(6) + "\n" + "乙".repeat(3) + "\n");
    }

    @Test
    void withoutAParagraphEndInItsSecondHalfItEndsAtTheLastSentence() {
        String text = "甲\n" + "乙".repeat(8) + "。丙丙？丁丁丁丁丁丁";

        assertThat(TextBudget.prefix(text, 15)).isEqualTo("甲\n" + "乙".repeat(8) + "。丙丙？");
    }

    @Test
    void aTextWithoutBreaksIsCutAtTheLimitWithoutSplittingACharacter() {
        String text = "甲".repeat(9) + "\uD840\uDC00" + "乙".repeat(5);

        assertThat(TextBudget.prefix(text, 10)).isEqualTo("甲".repeat(9));
        assertThat(TextBudget.prefix(text, 11)).isEqualTo("甲".repeat(9) + "\uD840\uDC00");
        assertThat(TextBudget.prefix("丙".repeat(20), 7)).isEqualTo("丙".repeat(7));
    }

    @Test
    void aLimitBelowOneIsRefused() {
        assertThatThrownBy(() -> TextBudget.prefix("甲", 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
