package io.wenliu.ingest.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MarkdownTextTest {

    private static MarkdownText createObjectUnderTest() {
        return new MarkdownText();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # 珠江三角洲制造业转型升级 | 珠江三角洲制造业转型升级
            ### 小标题 ### | 小标题
            #话题#不是标题 | #话题#不是标题
            **本报记者 王小明** | 本报记者 王小明
            据[新华社](https://example.com)报道，*今年*夏粮丰收。 | 据新华社报道，今年夏粮丰收。
            > 引用的一段话 | 引用的一段话
            - 第一条措施 | 第一条措施
            2. 第二条措施 | 第二条措施
            ![图为活动现场](photo.jpg) | 图为活动现场
            增长`5%` | 增长5%
            """)
    void keepsTheTextOfALine(String markdown, String text) {
        assertThat(createObjectUnderTest().toText(markdown)).isEqualTo(text);
    }

    @Test
    void dropsSetextUnderlinesRulesAndFencesButKeepsLineNumbers() {
        String markdown = "乡村振兴看这里\n=======\n\n正文第一段。\n\n---\n```\n代码\n```\n";

        assertThat(createObjectUnderTest().toText(markdown)).isEqualTo("乡村振兴看这里\n\n\n正文第一段。\n\n\n\n代码\n\n");
    }
}
