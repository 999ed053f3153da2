package io.wenliu.ingest.article;

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

    /** Credit lists in the newswire conventions: every person with the role as printed, in its normal form. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            记者 王小明、李华 通讯员 张三 | 记者:王小明,记者:李华,通讯员:张三
            记者王小明李华 | 记者:王小明,记者:李华
            记者张三通讯员李四实习生王五 | 记者:张三,通讯员:李四,实习生:王五
            新华社记者林晖人民日报记者孟祥夫 | 记者:林晖,记者:孟祥夫
            新华社记者 程 敏 摄 | 摄影:程敏
            赖志坚 摄 | 摄影:赖志坚
            文/欧阳明轩 图/邰泽宇 | 作者:欧阳明轩,摄影:邰泽宇
            作者：冀远航 | 作者:冀远航
            法治日报全媒体记者 蔺文杰 | 记者:蔺文杰
            摄影：本报记者 仝毅 | 摄影:仝毅
            责任编辑：庞雅静 | 责任编辑:庞雅静
            （记者 罗　敏、潘　宁） | 记者:罗敏,记者:潘宁
            本报记者 禹涵 哈斯其木格 | 记者:禹涵,记者:哈斯其木格
            记者 热依拉·买买提 | 记者:热依拉·买买提
            """)
    void readsCreditsWithRoles(String printed, String expected) {
        List<String> credits = createObjectUnderTest().parse(printed.replaceAll("^（|）$", "")).credits().stream()
                .map(credit -> credit.role() + ":" + credit.name())
                .toList();

        assertThat(credits).isEqualTo(Arrays.asList(expected.split(",")));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"记者从国家卫健委获悉", "本报记者日前走访了多家企业", "记者节到了", "新华社记者", "发挥党的组织优势"})
    void bodyTextIsNoCreditList(String text) {
        assertThat(createObjectUnderTest().isCreditList(text)).isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"□新华社记者 王鹏", "人民日报记者 江琳", "据新华社发", "□新华社评论员", "记者 王小明", "文/王小明"})
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
