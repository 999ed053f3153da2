package io.wenliu.analysis.segment;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Layout whitespace removal and the mapping of clean spans back to the original text. */
class CleanTextTest {

    @Test
    void removesLayoutWhitespaceAndMapsSpansBack() {
        String original = "林 晖说，上海铁\n路局党委\u3000发出通知。";
        CleanText clean = CleanText.of(original);

        assertThat(clean.text()).isEqualTo("林晖说，上海铁路局党委发出通知。");
        int start = clean.text().indexOf("上海铁路局党委");
        int[] span = clean.originalSpan(start, start + "上海铁路局党委".length());
        assertThat(original.substring(span[0], span[1])).isEqualTo("上海铁\n路局党委");
        int[] name = clean.originalSpan(0, 2);
        assertThat(original.substring(name[0], name[1])).isEqualTo("林 晖");
    }

    @Test
    void aBlankLineAfterAShortLineAloneOrAFinishedSentenceEndsAParagraph() {
        CleanText clean = CleanText.of("把组织优势转化为力量优势\n\n柏长岭\n\n习近平总书记强调，要打赢\n这场战役。\n\n各级党组织要履行责任。");

        assertThat(clean.paragraphs())
                .extracting(p -> clean.text().substring(p[0], p[1]))
                .containsExactly("把组织优势转化为力量优势", "柏长岭", "习近平总书记强调，要打赢这场战役。", "各级党组织要履行责任。");
    }

    @Test
    void aBlankLineInsideWrappedTextIsAColumnBreakNotAParagraph() {
        CleanText clean = CleanText.of("多瑙河克雷姆斯大学\n教授格特莱\n\n纳牵头组建快速响应团队。");

        assertThat(clean.paragraphs()).hasSize(1);
        assertThat(clean.text()).isEqualTo("多瑙河克雷姆斯大学教授格特莱纳牵头组建快速响应团队。");
    }
}
