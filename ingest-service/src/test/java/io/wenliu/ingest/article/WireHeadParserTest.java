package io.wenliu.ingest.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The newswire head grammar, one convention per row. */
class WireHeadParserTest {

    private static WireHeadParser createObjectUnderTest() {
        return new WireHeadParser();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            新华社北京3月12日电（记者王鹏）新冠肺炎疫情发生以来 | 新华社 | 北京 | 3月12日 | 王鹏 | 新冠肺炎疫情发生以来
            新华社日内瓦3月11日电世界卫生组织总干事 | 新华社 | 日内瓦 | 3月11日 | - | 世界卫生组织总干事
            新华社郑州6月2日电 河南省委书记主持会议 | 新华社 | 郑州 | 6月2日 | - | 河南省委书记主持会议
            据新华社北京9月3日电 国际油价3日下跌 | 新华社 | 北京 | 9月3日 | - | 国际油价3日下跌
            本报讯（记者 张三 通讯员 李四）市商务局日前发布 | 本报 | - | - | 张三,李四 | 市商务局日前发布
            央视网消息（记者 王五）：国家网络安全宣传周开幕 | 央视网 | - | - | 王五 | 国家网络安全宣传周开幕
            据央视新闻报道，今年夏粮丰收 | 央视新闻 | - | - | - | 今年夏粮丰收
            中新网上海2021年3月5日电(记者 陈静 实习生 王芳)上海发布 | 中新网 | 上海 | 2021年3月5日 | 陈静,王芳 | 上海发布
            新华社布宜诺斯艾利斯12日电【记者 高春雨、倪瑞捷】阿根廷政府 | 新华社 | 布宜诺斯艾利斯 | 12日 | 高春雨,倪瑞捷 | 阿根廷政府
            本报讯 记者刘洋 通讯员郭敏报道：近日 | 本报 | - | - | 刘洋,郭敏 | 近日
            湖北日报武汉3月2日讯（记者 万明）武汉市 | 湖北日报 | 武汉 | 3月2日 | 万明 | 武汉市
            （记者 孔德明）连日来，全省各地 | - | - | - | 孔德明 | 连日来，全省各地
            """)
    void readsHead(String paragraph, String source, String place, String date, String authors, String body) {
        WireHeadParser.Cut cut = createObjectUnderTest().parse(paragraph).orElseThrow();

        WireHead head = cut.head();
        assertThat(head.source()).isEqualTo(source);
        assertThat(head.dateline() == null ? null : head.dateline().place()).isEqualTo(place);
        assertThat(head.dateline() == null ? null : head.dateline().date()).isEqualTo(date);
        assertThat(head.credits() == null ? List.of() : head.credits().authors())
                .isEqualTo(authors == null ? List.of() : Arrays.asList(authors.split(",")));
        assertThat(paragraph.substring(cut.bodyStart())).isEqualTo(body);
        assertThat(paragraph.substring(0, cut.bodyStart()).strip()).startsWith(head.text());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            新华社北京3月12日电（记者王鹏） | -
            新华社华盛顿2021年1月20日电 | 2021-01-20
            新华社北京12日电 | -
            新华社北京2021年2月30日电 | -
            本报保定五月十五日电 | -
            本报北京一九九八年六月二十三日电 | 1998-06-23
            """)
    void datesOnlyWhatIsPrinted(String paragraph, String iso) {
        WireHead head = createObjectUnderTest().parse(paragraph).orElseThrow().head();

        assertThat(head.dateline().isoDate()).isEqualTo("-".equals(iso) ? null : iso);
        assertThat(head.dateline().yearSource())
                .isEqualTo(paragraph.contains("年") ? Dateline.YearSource.PRINTED : null);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "新华社北京3月12日电视台报道",
                "北京时间12日0时30分许",
                "3月12日电（记者王鹏）",
                "记者从国家卫健委获悉，今年以来接种进展顺利",
                "据了解，该项目总投资约50亿元",
                "据统计，全年客流超过两亿人次",
                "本报记者日前走访了多家企业",
                "新华社发布的消息显示，各地",
                "（图为活动现场）",
            })
    void findsNoHeadInOrdinarySentences(String paragraph) {
        assertThat(createObjectUnderTest().parse(paragraph)).isEmpty();
    }
}
