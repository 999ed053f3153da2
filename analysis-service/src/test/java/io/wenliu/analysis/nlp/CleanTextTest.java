package io.wenliu.analysis.nlp;

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
}
