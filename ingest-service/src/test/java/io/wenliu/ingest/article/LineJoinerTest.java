package io.wenliu.ingest.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Paragraph rebuilding from the hard-wrapped lines of the seeds. */
class LineJoinerTest {

    private static LineJoiner createObjectUnderTest() {
        return new LineJoiner();
    }

    /**
     * Real line ranges of the seeds, and text that must come out as one paragraph: wrapped lines joined without a
     * space, including across a blank line inside a sentence.
     */
    @ParameterizedTest(name = "{0} lines {1}-{2}")
    @CsvSource(delimiter = '|', textBlock = """
            002_c2a65b4d6f57a7a3.txt | 4   | 12  | 关乎生计，一个都不能少！统筹
            002_c2a65b4d6f57a7a3.txt | 42  | 54  | 集中推出政策推送、助企纾困
            002_c2a65b4d6f57a7a3.txt | 384 | 387 | 过去两周，中国以外新冠肺炎确诊病例数增长了13倍
            001_3dedc98da2dd0076.txt | 39  | 52  | 贯彻落实。2月3日，中组部在京召开电视电话会议
            001_3dedc98da2dd0076.txt | 81  | 85  | 各级党组织和广大党员、干部冲锋在前、实干担当
            001_3dedc98da2dd0076.txt | 216 | 223 | 胜利有我！”1月23日，在临时设置的医学观察病房，湖南中医药大学
            001_3dedc98da2dd0076.txt | 310 | 321 | 载有116名武汉客人的TR188次航班
            000_7ee9059823783908.txt | 59  | 67  | 消毒机器人360°无死角消毒
            000_7ee9059823783908.txt | 3   | 7   | 全党全国全社会共同努力、共克时艰，许多党员干部
            004_b82ecbf800d4d854.txt | 17  | 19  | 与基层群众一道投身防控工作。建立健全县（市、区）
            """)
    void joinsWrappedLinesIntoOneParagraph(String seed, int from, int to, String joined) {
        List<Paragraph> paragraphs = createObjectUnderTest().join(lines(seed, from, to));

        assertThat(paragraphs).hasSize(1);
        assertThat(paragraphs.get(0).text()).contains(joined).doesNotContain(" ");
    }

    /** Real line ranges where the paragraphs (and headings) must stay apart. */
    @ParameterizedTest(name = "{0} lines {1}-{2}")
    @CsvSource(delimiter = '|', textBlock = """
            002_c2a65b4d6f57a7a3.txt | 13 | 22  | 让党旗在复工复产一线高高飘扬。 | 发挥党的组织优势
            002_c2a65b4d6f57a7a3.txt | 395 | 403 | 能共克时艰。 | 全球同战刻不容缓
            002_c2a65b4d6f57a7a3.txt | 474 | 482 | 对在全球控制疫情非常重要。 | 携手同行命运与共
            000_7ee9059823783908.txt | 5  | 13  | 作风作为一种气质去打造、去传承，刻到骨子里、注入血脉中。 | 迎难而上，保持拼搏的狠劲韧劲
            001_3dedc98da2dd0076.txt | 26 | 37  | 明了正确方向、提供了根本遵循。 | 疫情就是命令，防控就是责任。
            001_3dedc98da2dd0076.txt | 75 | 85  | 解除后顾之忧； | …………
            004_b82ecbf800d4d854.txt | 7  | 11  | 的强大合力。 | 以“初心”应对挑战，检验干部担当
            """)
    void keepsParagraphBreaks(String seed, int from, int to, String endOfParagraph, String nextParagraph) {
        List<String> paragraphs = createObjectUnderTest().join(lines(seed, from, to)).stream()
                .map(Paragraph::text)
                .toList();

        int ending = indexOfParagraphEndingWith(paragraphs, endOfParagraph);
        assertThat(ending)
                .as("a paragraph ends with %s in %s", endOfParagraph, paragraphs)
                .isGreaterThanOrEqualTo(0);
        assertThat(paragraphs.get(ending + 1)).startsWith(nextParagraph);
    }

    private static int indexOfParagraphEndingWith(List<String> paragraphs, String end) {
        for (int i = 0; i < paragraphs.size() - 1; i++) {
            if (paragraphs.get(i).endsWith(end)) {
                return i;
            }
        }
        return -1;
    }

    private static List<SourceLine> lines(String seed, int from, int to) {
        return Seeds.lines(Seeds.text(Seeds.file(seed))).subList(from - 1, to);
    }
}
