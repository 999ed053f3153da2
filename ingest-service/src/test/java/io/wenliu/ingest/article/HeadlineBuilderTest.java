package io.wenliu.ingest.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Title and subtitle building from the headline lines of the seeds. */
class HeadlineBuilderTest {

    private static HeadlineBuilder createObjectUnderTest() {
        return new HeadlineBuilder();
    }

    /** Title lines as printed in the seeds (separated by /) and the title of the gold annotation. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            沧海横流显本色沧海横流显本色/战战““疫疫””一线一线党旗红党旗红 | 沧海横流显本色 战“疫”一线党旗红
            保障/“空中课堂”/覆盖贫困/家庭学生 | 保障“空中课堂”覆盖贫困家庭学生
            抗疫情抓生产 筑堡垒当先锋 | 抗疫情抓生产 筑堡垒当先锋
            众志所趋 心手相牵 | 众志所趋 心手相牵
            """)
    void buildsTitle(String lines, String title) {
        assertThat(createObjectUnderTest().title(Arrays.asList(lines.split("/"))))
                .isEqualTo(title);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            ———全国各领域基层党组织和广大党—全国各领域基层党组织和广大党员奋力打好疫情防控阻击战员奋力打好疫情防控阻击战 | 全国各领域基层党组织和广大党员奋力打好疫情防控阻击战
            ——基层党组织和广大党员全力以赴投入复工复产 | 基层党组织和广大党员全力以赴投入复工复产
            ——抗击疫情“全球观” | 抗击疫情“全球观”
            """)
    void buildsSubtitleWithoutDashes(String line, String subtitle) {
        HeadlineBuilder builder = createObjectUnderTest();

        assertThat(builder.isSubtitle(line)).isTrue();
        assertThat(builder.subtitle(List.of(line))).isEqualTo(subtitle);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"3 月 12 日，在", "军令如山，闻令而动。", "新冠肺炎疫情发生以来各级党组织和广大党员干部挺身而出冲锋在前十四亿多中国人民众志成城守望相助"})
    void rejectsBodyLinesAsHeadlines(String line) {
        assertThat(createObjectUnderTest().isHeadlineLike(line)).isFalse();
    }
}
