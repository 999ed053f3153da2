package io.wenliu.ingest.article;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Repair of bold-font doubled headline lines with the doubled lines of seed 001. */
class DoubledGlyphRepairerTest {

    private static DoubledGlyphRepairer createObjectUnderTest() {
        return new DoubledGlyphRepairer();
    }

    /** Doubled headline lines of seed 001 (lines 375, 376, 378) and their repaired form from the gold annotation. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            沧海横流显本色沧海横流显本色 | 沧海横流显本色
            战战““疫疫””一线一线党旗红党旗红 | 战“疫”一线党旗红
            ———全国各领域基层党组织和广大党—全国各领域基层党组织和广大党员奋力打好疫情防控阻击战员奋力打好疫情防控阻击战 | ——全国各领域基层党组织和广大党员奋力打好疫情防控阻击战
            """)
    void repairsDoubledHeadline(String doubled, String expected) {
        assertThat(createObjectUnderTest().repair(doubled)).isEqualTo(expected);
    }

    /** Lines that are not doubled, including seed headlines and genuine reduplication, stay as they are. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "沧海横流显本色",
                "抗疫情抓生产 筑堡垒当先锋",
                "众志所趋 心手相牵",
                "把组织优势转化为疫情防控的力量优势",
                "谢谢",
                "人人人人",
                "天天向上好好学习",
                "“空中课堂”",
                "——抗击疫情“全球观”"
            })
    void leavesOtherLinesAlone(String line) {
        assertThat(createObjectUnderTest().repaired(line)).isEmpty();
        assertThat(createObjectUnderTest().repair(line)).isEqualTo(line);
    }
}
