package io.wenliu.ingest.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Byline parsing with the bylines printed in the seeds. */
class BylineCleanerTest {

    private static BylineCleaner createObjectUnderTest() {
        return new BylineCleaner();
    }

    /** Bylines as printed in the seeds, and the byline, authors and agencies of the gold annotation. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            □新华社记者 林 晖 人民日报记者 孟祥夫 | 新华社记者 林晖 人民日报记者 孟祥夫 | 林晖,孟祥夫 | 新华社 | 人民日报
            □新华社记者 王鹏 人民日报记者 江琳 | 新华社记者 王鹏 人民日报记者 江琳 | 王鹏,江琳 | 新华社 | 人民日报
            □新华社记者 韩墨 赵嫣 刘石磊 | 新华社记者 韩墨 赵嫣 刘石磊 | 韩墨,赵嫣,刘石磊 | 新华社 | -
            □新华社评论员 | 新华社评论员 | 新华社评论员 | 新华社 | -
            据新华社发 | 据新华社发 | - | 新华社 | -
            新华社记者 程 敏 | 新华社记者 程敏 | 程敏 | 新华社 | -
            """)
    void parsesByline(String printed, String byline, String authors, String source, String coSource) {
        Byline parsed = createObjectUnderTest().parse(printed);

        assertThat(parsed.text()).isEqualTo(byline);
        assertThat(parsed.authors()).isEqualTo(authors == null ? List.of() : Arrays.asList(authors.split(",")));
        assertThat(parsed.source()).isEqualTo(source);
        assertThat(parsed.coSource()).isEqualTo(coSource);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"□新华社记者 王鹏", "人民日报记者 江琳", "据新华社发", "□新华社评论员"})
    void recognisesBylineLines(String line) {
        assertThat(createObjectUnderTest().looksLikeByline(line)).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"军令如山，闻令而动。", "发挥党的组织优势", "保障", "新华社"})
    void doesNotTakeBodyOrHeadlineLinesForBylines(String line) {
        assertThat(createObjectUnderTest().looksLikeByline(line)).isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            柏长岭 | 柏长岭
            林 晖 | 林晖
            欧阳修文 | 欧阳修文
            劉石磊 | 劉石磊
            """)
    void parsesBareNameUnderTitle(String line, String name) {
        assertThat(createObjectUnderTest().parseBareName(line))
                .hasValueSatisfying(byline -> assertThat(byline.authors()).containsExactly(name));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"以“初心”应对挑战，检验干部担当", "习近平总书记强调", "A", "一", "文档正文", "网页正文", "保障"})
    void doesNotTakeOtherLinesForBareNames(String line) {
        assertThat(createObjectUnderTest().parseBareName(line)).isEmpty();
    }
}
