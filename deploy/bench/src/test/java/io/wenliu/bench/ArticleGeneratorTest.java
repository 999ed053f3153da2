package io.wenliu.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.wenliu.stack.ProjectRoot;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ArticleGeneratorTest {

    private static final String RUN = "wlbqwertyuio";
    private static List<String> sentences;

    @BeforeAll
    static void readSeeds() {
        sentences =
                SeedSentences.of(SeedSentences.readSeedText(ProjectRoot.find().resolve("seeds")));
    }

    private static Corpus createObjectUnderTest(int chars, long seed) {
        return new GeneratedCorpus(new ArticleGenerator(sentences, chars, new Random(seed)));
    }

    @Test
    void bodiesAreDistinctEvenWithoutTheirMarkers() {
        List<Article> articles = createObjectUnderTest(2000, 1).batch(RUN, 0, 300);

        Set<String> bodies = IntStream.range(0, articles.size())
                .mapToObj(number -> articles.get(number).body().replace(RunMarker.tag(RUN, number), ""))
                .collect(Collectors.toSet());
        assertThat(bodies).hasSize(300);
        assertThat(articles.stream().map(Article::fileName).distinct()).hasSize(300);
    }

    @Test
    void everyArticleEndsItsFirstParagraphWithItsLetterOnlyMarkers() {
        List<Article> articles = createObjectUnderTest(800, 2).batch(RUN, 0, 60);

        for (int number = 0; number < articles.size(); number++) {
            Article article = articles.get(number);
            String firstParagraph = article.body().split("\n\n")[0];
            assertThat(firstParagraph).endsWith("（" + RUN + " " + RunMarker.article(RUN, number) + "）");
            assertThat(RunMarker.article(RUN, number)).matches("[a-z]+");
            assertThat(article.text()).containsOnlyOnce(RUN + " ");
        }
    }

    @Test
    void sizesAreNearTheRequestedCharacters() {
        for (int chars : new int[] {500, 2000, 8000}) {
            createObjectUnderTest(chars, chars)
                    .batch(RUN, 0, 50)
                    .forEach(article -> assertThat(article.body().length())
                            .as("body of %s", article.fileName())
                            .isBetween(chars, chars + 3 * SeedSentences.MAX_LENGTH + 2));
        }
    }

    @Test
    void layoutIsATitleLineABlankLineAndParagraphsOfThreeToFiveSentences() {
        createObjectUnderTest(2000, 3).batch(RUN, 0, 40).forEach(article -> {
            assertThat(article.text()).startsWith(article.title() + "\n\n" + article.body());
            assertThat(article.title())
                    .hasSizeBetween(ArticleGenerator.MIN_TITLE, ArticleGenerator.MAX_TITLE)
                    .matches("[\\p{L}\\p{N}]+");
            for (String paragraph : article.body().split("\n\n")) {
                long sentenceEnds = paragraph
                        .replaceAll("（wlb[a-z ]+）", "")
                        .chars()
                        .filter(c -> "。！？".indexOf(c) >= 0)
                        .count();
                assertThat(sentenceEnds).as("sentences in %s", paragraph).isBetween(3L, 5L);
            }
        });
    }

    @Test
    void noForbiddenPatternReachesAnArticle() {
        createObjectUnderTest(3000, 4)
                .batch(RUN, 0, 100)
                .forEach(article -> assertThat(
                                SeedSentences.FORBIDDEN.matcher(article.text()).find())
                        .as("forbidden pattern in %s", article.text())
                        .isFalse());
    }

    @Test
    void theSameSeedGivesTheSameArticles() {
        assertThat(createObjectUnderTest(1000, 42).batch(RUN, 0, 5))
                .isEqualTo(createObjectUnderTest(1000, 42).batch(RUN, 0, 5));
    }
}
