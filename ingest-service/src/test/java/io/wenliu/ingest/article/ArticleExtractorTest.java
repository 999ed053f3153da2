package io.wenliu.ingest.article;

import static org.assertj.core.api.Assertions.assertThat;

import io.wenliu.ingest.support.TextSamples;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Article extraction on the seeds: faithful bodies, every line accounted for, splitting and attaching headline blocks. */
class ArticleExtractorTest {

    private static ArticleExtractor createObjectUnderTest() {
        return new ArticleExtractor(2020);
    }

    static List<Path> seeds() {
        return Seeds.files();
    }

    /**
     * The body is faithful: with whitespace removed it equals the (width-normalised) source lines it names, in
     * that order; nothing is dropped, nothing invented.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("seeds")
    void bodyEqualsItsSourceLines(Path seed) {
        String text = Seeds.text(seed);
        Map<Integer, SourceLine> lines = lineMap(text);

        for (ExtractedArticle extracted : createObjectUnderTest().extractWithProvenance(text)) {
            StringBuilder source = new StringBuilder();
            extracted
                    .bodyLines()
                    .forEach(number -> source.append(lines.get(number).text()));

            assertThat(withoutWhitespace(extracted.article().body()))
                    .as("article %d of %s", extracted.article().segmentIndex(), seed.getFileName())
                    .isEqualTo(withoutWhitespace(source.toString()));
        }
    }

    /**
     * Every non-blank line of the page ends up somewhere: in exactly one article's body, or as that article's
     * title, subtitle, byline or dateline (compared without whitespace, after the doubled-glyph repair).
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("seeds")
    void everyLineIsBodyOrMetadata(Path seed) {
        String text = Seeds.text(seed);
        Map<Integer, SourceLine> lines = lineMap(text);
        DoubledGlyphRepairer repairer = new DoubledGlyphRepairer();
        Set<Integer> seen = new HashSet<>();

        for (ExtractedArticle extracted : createObjectUnderTest().extractWithProvenance(text)) {
            ParsedArticle article = extracted.article();
            String metadata = withoutWhitespace(String.join(
                    "|",
                    nonNull(
                            article.title(),
                            article.subtitle(),
                            article.byline(),
                            article.dateline() == null
                                    ? null
                                    : article.dateline().raw())));
            for (int number : extracted.sourceLines()) {
                assertThat(seen.add(number)).as("line %d used twice", number).isTrue();
                if (!extracted.bodyLines().contains(number)) {
                    String line = withoutWhitespace(
                                    repairer.repair(lines.get(number).text()))
                            .replaceAll("^[□■]", "")
                            .replaceAll("^—+", "");
                    assertThat(metadata)
                            .as("line %d of %s", number, seed.getFileName())
                            .contains(line);
                }
            }
        }
        List<Integer> nonBlank = lines.values().stream()
                .filter(line -> !line.isBlank())
                .map(SourceLine::number)
                .toList();
        assertThat(seen).containsExactlyInAnyOrderElementsOf(nonBlank);
    }

    @Test
    void splitsPageWithSeveralArticlesAndCaption() {
        List<ParsedArticle> articles =
                createObjectUnderTest().extract(Seeds.text(Seeds.file("002_c2a65b4d6f57a7a3.txt")));

        assertThat(articles).extracting(ParsedArticle::segmentIndex).containsExactly(0, 1, 2, 3);
        assertThat(articles.get(2).body()).startsWith("3月12日，在广西南宁市").endsWith("“空中课堂”课程。");
    }

    @Test
    void attachesHeadlineBlockPrintedAfterTheBody() {
        List<ParsedArticle> articles =
                createObjectUnderTest().extract(Seeds.text(Seeds.file("001_3dedc98da2dd0076.txt")));

        assertThat(articles).hasSize(1);
        ParsedArticle article = articles.get(0);
        assertThat(article.body())
                .startsWith("一次突如其来的疫情，阻断了多少归家的脚步")
                .contains("就一定能打赢这场疫情防控阻击战！")
                .endsWith("面对党旗宣誓（新华社记者程敏摄）");
        assertThat(article.dateline().raw()).isEqualTo("（新华社北京2月16日电）");
    }

    @Test
    void keepsTraditionalChineseAsWritten() throws Exception {
        String traditional = TextSamples.traditionalSample();

        List<ParsedArticle> articles = createObjectUnderTest().extract(traditional);

        assertThat(articles).hasSize(1);
        assertThat(articles.get(0).title()).isEqualTo("眾志成城 共克時艱");
        assertThat(articles.get(0).subtitle()).isEqualTo("基層黨組織和廣大黨員全力以赴投入復工復產");
        assertThat(articles.get(0).body()).contains("各級黨組織和廣大黨員幹部挺身而出、衝鋒在前");
    }

    @Test
    void datesDatelinesInConfiguredYear() {
        List<ParsedArticle> articles =
                new ArticleExtractor(2021).extract(Seeds.text(Seeds.file("002_c2a65b4d6f57a7a3.txt")));

        assertThat(articles.get(0).dateline().isoDate()).isEqualTo("2021-03-12");
        assertThat(articles.get(0).dateline().yearSource()).isEqualTo(Dateline.YearSource.CONFIGURED);
    }

    @Test
    void seedDatelinesKeepTheirMonthAndDayAndGetNoYearTheTextDoesNotShow() {
        List<ParsedArticle> articles =
                new ArticleExtractor().extract(Seeds.text(Seeds.file("002_c2a65b4d6f57a7a3.txt")));

        assertThat(articles.get(0).dateline()).satisfies(dateline -> {
            assertThat(dateline.date()).isEqualTo("3月12日");
            assertThat(dateline.month()).isEqualTo(3);
            assertThat(dateline.day()).isEqualTo(12);
            assertThat(dateline.year()).isNull();
            assertThat(dateline.isoDate()).isNull();
        });
    }

    @Test
    void aPageHeaderDatedTheNextDayGivesTheYear() {
        String page = "2020年3月13日 星期五\n\n世卫组织宣布新冠肺炎疫情构成全球大流行\n\n新华社日内瓦3月12日电 世界卫生组织总干事谭德塞说，疫情已具有大流行特征。\n";

        List<ParsedArticle> articles = new ArticleExtractor().extract(page);

        assertThat(articles)
                .extracting(ParsedArticle::dateline)
                .filteredOn(dateline -> dateline != null)
                .singleElement()
                .satisfies(dateline -> {
                    assertThat(dateline.isoDate()).isEqualTo("2020-03-12");
                    assertThat(dateline.yearSource()).isEqualTo(Dateline.YearSource.TEXT);
                    assertThat(dateline.yearEvidence()).isEqualTo("2020年3月13日 星期五");
                });
    }

    @Test
    void aBulletBeforeAHeadingIsNoBylineMark() {
        String text = "●定位———一个不能缺少关怀的空间\n\n社区是居民生活的家园，也是基层治理的基本单元。\n";

        assertThat(createObjectUnderTest().extract(text)).singleElement().satisfies(article -> {
            assertThat(article.title()).isEqualTo("定位———一个不能缺少关怀的空间");
            assertThat(article.byline()).isNull();
            assertThat(article.authors()).isEmpty();
        });
    }

    @Test
    void aBoxMarkBeforeANameIsAByline() {
        String text = "社区是家园\n□逄晓东\n\n社区是居民生活的家园，也是基层治理的基本单元。\n";

        assertThat(createObjectUnderTest().extract(text)).singleElement().satisfies(article -> {
            assertThat(article.title()).isEqualTo("社区是家园");
            assertThat(article.authors()).containsExactly("逄晓东");
        });
    }

    @Test
    void cutsWireHeadOpeningTheBody() {
        String wire = "世卫组织宣布新冠肺炎疫情构成全球大流行\n\n新华社日内瓦3月11日电 世界卫生组织总干事谭德塞11日说，新冠肺炎疫情已具有大流行特征。\n";

        List<ParsedArticle> articles = createObjectUnderTest().extract(wire);

        assertThat(articles).singleElement().satisfies(article -> {
            assertThat(article.title()).isEqualTo("世卫组织宣布新冠肺炎疫情构成全球大流行");
            assertThat(article.dateline().place()).isEqualTo("日内瓦");
            assertThat(article.dateline().isoDate()).isEqualTo("2020-03-11");
            assertThat(article.source()).isEqualTo("新华社");
            assertThat(article.byline()).isEqualTo("新华社日内瓦3月11日电");
            assertThat(article.body()).startsWith("世界卫生组织总干事谭德塞11日说");
        });
    }

    @Test
    void takesNameUnderTitleAsBylineOnlyWhenItIsAName() {
        String named = "把组织优势转化为疫情防控的力量优势\n\n柏长岭\n\n习近平总书记强调，能不能打好、打赢这场疫情防控的人民战争。\n";
        String unnamed = "标题\n文档正文\n新华社北京3月12日电 这是一篇测试文章。各地疫情防控工作有序推进。\n";

        assertThat(createObjectUnderTest().extract(named))
                .singleElement()
                .satisfies(article -> assertThat(article.authors()).containsExactly("柏长岭"));
        assertThat(createObjectUnderTest().extract(unnamed)).singleElement().satisfies(article -> {
            assertThat(article.title()).isEqualTo("标题");
            assertThat(article.authors()).isEmpty();
            assertThat(article.body()).startsWith("文档正文");
            assertThat(article.dateline().raw()).isEqualTo("新华社北京3月12日电");
        });
    }

    @Test
    void returnsNoArticleForBlankText() {
        assertThat(createObjectUnderTest().extract(" \n\u3000\n")).isEmpty();
    }

    @Test
    void normalisesFullWidthDigitsInBody() {
        List<ParsedArticle> articles = createObjectUnderTest().extract("复工复产率超过９８％。\n");

        assertThat(articles)
                .singleElement()
                .satisfies(article -> assertThat(article.body()).isEqualTo("复工复产率超过98%。"));
    }

    private static Map<Integer, SourceLine> lineMap(String text) {
        return Seeds.lines(text).stream().collect(Collectors.toMap(SourceLine::number, Function.identity()));
    }

    private static List<String> nonNull(String... values) {
        List<String> list = new ArrayList<>();
        for (String value : values) {
            if (value != null) {
                list.add(value);
            }
        }
        return list;
    }

    static String withoutWhitespace(String text) {
        return text.replaceAll("[\\s\\u3000]+", "");
    }
}
