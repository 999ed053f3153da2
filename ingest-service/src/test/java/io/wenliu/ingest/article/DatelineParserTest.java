package io.wenliu.ingest.article;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Dateline parsing: bracketed datelines of the seeds, wire datelines and the configured year. */
class DatelineParserTest {

    private static DatelineParser createObjectUnderTest() {
        return new DatelineParser();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            （新华社北京3月12日电） | 新华社 | 北京 | 3月12日 | -
            （新华社北京2月16日电） | 新华社 | 北京 | 2月16日 | -
            （ 新华社北京 2 月 16 日电 ） | 新华社 | 北京 | 2月16日 | -
            （中新社华盛顿1月5日电） | 中新社 | 华盛顿 | 1月5日 | -
            （新华社北京2019年12月31日电） | 新华社 | 北京 | 2019年12月31日 | 2019-12-31
            (新华社武汉3月1日电) | 新华社 | 武汉 | 3月1日 | -
            """, nullValues = "-")
    void parsesDatelineLine(String line, String agency, String place, String date, String isoDate) {
        assertThat(createObjectUnderTest().parseLine(line)).hasValueSatisfying(dateline -> {
            assertThat(dateline.agency()).isEqualTo(agency);
            assertThat(dateline.place()).isEqualTo(place);
            assertThat(dateline.date()).isEqualTo(date);
            assertThat(dateline.isoDate()).isEqualTo(isoDate);
        });
    }

    @Test
    void keepsRawDatelineAsPrinted() {
        assertThat(createObjectUnderTest().parseLine("（新华社北京3月12日电）"))
                .hasValueSatisfying(dateline -> assertThat(dateline.raw()).isEqualTo("（新华社北京3月12日电）"));
    }

    @Test
    void keepsWhatIsPrintedOfTheDateAndInventsNoYear() {
        assertThat(createObjectUnderTest().parseLine("（新华社北京3月12日电）")).hasValueSatisfying(dateline -> {
            assertThat(dateline.year()).isNull();
            assertThat(dateline.yearSource()).isNull();
            assertThat(dateline.month()).isEqualTo(3);
            assertThat(dateline.day()).isEqualTo(12);
        });
        assertThat(createObjectUnderTest().parseLine("（新华社北京2019年12月31日电）"))
                .hasValueSatisfying(
                        dateline -> assertThat(dateline.yearSource()).isEqualTo(Dateline.YearSource.PRINTED));
    }

    @Test
    void leavesIsoDateEmptyForImpossibleDate() {
        assertThat(createObjectUnderTest().parseLine("（新华社北京2021年2月30日电）"))
                .hasValueSatisfying(dateline -> assertThat(dateline.isoDate()).isNull());
    }

    @Test
    void findsDatelineAtEndOfParagraph() {
        assertThat(createObjectUnderTest().parseTrailing("就一定能打赢这场疫情防控阻击战！（新华社北京2月16日电）"))
                .hasValueSatisfying(dateline -> assertThat(dateline.raw()).isEqualTo("（新华社北京2月16日电）"));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"（新华社记者 程 敏 摄）", "新华社北京3月12日电", "据新华社发", "2月1日，在武汉金银潭医院"})
    void ignoresOtherLines(String line) {
        assertThat(createObjectUnderTest().parseLine(line)).isEmpty();
    }
}
