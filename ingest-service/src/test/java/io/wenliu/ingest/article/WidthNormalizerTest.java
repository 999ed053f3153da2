package io.wenliu.ingest.article;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Full-width and half-width normalisation. */
class WidthNormalizerTest {

    private static WidthNormalizer createObjectUnderTest() {
        return new WidthNormalizer();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            ２０２０年３月１２日 | 2020年3月12日
            生产１２０万片Ｎ９５口罩 | 生产120万片N95口罩
            复工复产率超过９８％。 | 复工复产率超过98%。
            约３．７２亿青少年 | 约3.72亿青少年
            ＴＲ１８８次航班 | TR188次航班
            （新华社北京３月１２日电） | （新华社北京3月12日电）
            """)
    void turnsFullWidthLettersAndDigitsHalfWidth(String printed, String normalised) {
        assertThat(createObjectUnderTest().normalize(printed)).isEqualTo(normalised);
    }

    /** Chinese punctuation, quotes and dashes of the seeds stay full width. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            “沧海横流，方显英雄本色。”基层党组织和
            ——基层党组织和广大党员全力以赴投入复工复产
            百通达科技（东台）有限公司；（新华社北京3月12日电）
            “我是书记，我先上！”
            公共卫生紧急状态⋯⋯
            """)
    void keepsChinesePunctuation(String text) {
        assertThat(createObjectUnderTest().normalize(text)).isEqualTo(text);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            ｢空中课堂｣覆盖贫困家庭学生｡ | 「空中课堂」覆盖贫困家庭学生。
            """)
    void widensHalfWidthChinesePunctuation(String printed, String normalised) {
        assertThat(createObjectUnderTest().normalize(printed)).isEqualTo(normalised);
    }
}
