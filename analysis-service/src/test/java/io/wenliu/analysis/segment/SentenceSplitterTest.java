package io.wenliu.analysis.segment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Sentence splitting on 。！？ only. */
class SentenceSplitterTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "第一句，还在第一句。第二句！第三句？|第一句，还在第一句。;第二句！;第三句？",
                "他说：“我是党员我先上。”然后出发。|他说：“我是党员我先上。”;然后出发。",
                "没有句号的结尾|没有句号的结尾",
                "真的吗？！是的。|真的吗？！;是的。"
            })
    void splitsOnSentencePunctuationOnly(String text, String expected) {
        assertThat(SentenceSplitter.split(text)).isEqualTo(List.of(expected.split(";")));
    }
}
