package io.wenliu.ingest.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link ArticleAssembler#closingCredit} reads only a line's tail after its last sentence mark, and finds what the
 * search of the whole line for a closing credit found before.
 */
class ClosingCreditTest {

    /** The search it replaces: from the line's start or any sentence mark to the line's end. */
    private static final Pattern SEARCHED =
            Pattern.compile("(?:^|[。！？；]\\s*)[（(]?(?<credit>[^。！？；（）()]{2,40})[）)]?\\s*$");

    private static String searched(String line) {
        Matcher m = SEARCHED.matcher(line);
        return m.find() ? m.group("credit") : null;
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "本报记者 涂文涛摄",
                "（本报记者 涂文涛摄）",
                "他说。（新华社记者 李十 摄）",
                "这是一句话。 编辑：祝晓岚  ",
                "问题解决了吗？（完）",
                "第一句；第二句。责任编辑：王五",
                "很多人。（图片来源：新华社）。",
                "句子结束了。",
                "。",
                "",
                "  编辑：祝晓岚",
                "没有标点但是这一行文字的长度远远超过了四十个字符所以不能被看作是一份署名名单因为它实在太长太长了",
                "括号（里面）之后。尾巴（又有）括号",
                "a。b"
            })
    void findsWhatTheWholeLineSearchFound(String line) {
        assertThat(ArticleAssembler.closingCredit(line)).as(line).isEqualTo(searched(line));
    }

    @Test
    void findsWhatTheWholeLineSearchFoundOnEverySeedLine() throws IOException {
        List<String> lines = new ArrayList<>();
        for (Path seed : Seeds.files()) {
            lines.addAll(Files.readAllLines(seed));
        }
        assertThat(lines).hasSizeGreaterThan(1000);
        long credits = 0;
        for (String line : lines) {
            String expected = searched(line);
            assertThat(ArticleAssembler.closingCredit(line)).as(line).isEqualTo(expected);
            credits += expected == null ? 0 : 1;
        }
        assertThat(credits).as("seed lines with a closing credit candidate").isGreaterThan(10);
    }
}
