package io.wenliu.ingest.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Pages cut and shuffled from the seeds, and odd fragments: the extractor never fails and never loses a line. */
class ArticleExtractorRobustnessTest {

    private static ArticleExtractor createObjectUnderTest() {
        return new ArticleExtractor(2020);
    }

    /** Random windows of the seed lines, some shuffled, with a fixed random seed per case. */
    static Stream<Integer> cases() {
        return IntStream.range(0, 120).boxed();
    }

    @ParameterizedTest(name = "case {0}")
    @MethodSource("cases")
    void cutAndShuffledPagesKeepEveryLine(int seed) {
        Random random = new Random(seed);
        List<String> all = new ArrayList<>();
        Seeds.files().forEach(file -> all.addAll(Seeds.text(file).lines().toList()));
        int from = random.nextInt(all.size());
        int to = Math.min(all.size(), from + 1 + random.nextInt(120));
        List<String> lines = new ArrayList<>(all.subList(from, to));
        if (random.nextBoolean()) {
            Collections.shuffle(lines, random);
        }

        assertKeepsEveryLine(String.join("\n", lines));
    }

    @ParameterizedTest(name = "[{index}]")
    @ValueSource(
            strings = {
                "（新华社北京3月12日电）",
                "□",
                "□新华社记者 王鹏",
                "据新华社发",
                "保障",
                "——",
                "\n\n\n",
                "沧海横流显本色沧海横流显本色",
                "（新华社北京3月12日电）\n打赢人民战争必须依靠群众",
                "□新华社评论员\n（新华社北京3月12日电）\n□新华社评论员",
                "标题\n柏长岭",
                "a\rb\r\nc",
                "\uFEFF标题\n正文。"
            })
    void oddFragmentsKeepEveryLine(String text) {
        assertKeepsEveryLine(text);
    }

    private static void assertKeepsEveryLine(String text) {
        List<SourceLine> lines = Seeds.lines(text);
        List<ExtractedArticle> articles = createObjectUnderTest().extractWithProvenance(text);

        Set<Integer> used = new HashSet<>();
        for (ExtractedArticle article : articles) {
            String source = article.bodyLines().stream()
                    .map(number -> lines.get(number - 1).text())
                    .collect(Collectors.joining());
            assertThat(ArticleExtractorTest.withoutWhitespace(article.article().body()))
                    .isEqualTo(ArticleExtractorTest.withoutWhitespace(source));
            assertThat(article.sourceLines())
                    .allSatisfy(number -> assertThat(used.add(number)).isTrue());
        }
        Set<Integer> nonBlank = lines.stream()
                .filter(line -> !line.isBlank()
                        && !ArticleExtractorTest.withoutWhitespace(line.text()).equals("\uFEFF"))
                .map(SourceLine::number)
                .collect(Collectors.toSet());
        assertThat(used).as("lines used by articles of %s", text).isEqualTo(nonBlank);
    }
}
