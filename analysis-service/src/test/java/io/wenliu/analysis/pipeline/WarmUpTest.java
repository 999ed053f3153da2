package io.wenliu.analysis.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wenliu.analysis.corpus.DocumentFrequencies;
import io.wenliu.analysis.enrichment.Enrichment;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The start-up warm-up: articles it generates, where it stops, and that it leaves real enrichments unchanged. */
class WarmUpTest {
    private static final String TITLE = "北京加强冬季供暖保障";
    private static final String BODY = "本报北京12月1日电（记者李明）北京市城市管理委员会1日表示，全市已有1.2万个供热单位"
            + "正式供暖。市城管委供热办负责人王刚介绍，今年新增供热面积约1500万平方米。\n"
            + "国家能源局有关负责人说，各地要统筹做好煤炭、天然气供应，确保群众温暖过冬。";

    private static TextAnalyzer analyzer;

    @BeforeAll
    static void load() {
        analyzer = TextAnalyzer.standard();
    }

    @Test
    void generatedArticlesAreOrdinaryLengthAndDiffer() {
        WarmUp warmUp = WarmUp.standard();
        Set<String> articles = new HashSet<>();
        for (int i = 0; i < 20; i++) {
            String article = warmUp.nextArticle(2000);
            assertThat(article.length()).isBetween(2000, 4000);
            assertThat(article).doesNotStartWith("\n").doesNotEndWith("\n");
            articles.add(article);
        }
        assertThat(articles).hasSize(20);
    }

    @Test
    void articlesAreBuiltFromTheGivenParagraphsOnly() {
        WarmUp warmUp = new WarmUp(List.of("第一段。", "第二段。"));

        String article = warmUp.nextArticle(2000);

        assertThat(article.split("\n")).isNotEmpty().allMatch(p -> p.equals("第一段。") || p.equals("第二段。"));
    }

    @Test
    void noParagraphsIsRefused() {
        assertThatThrownBy(() -> new WarmUp(List.of())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void runsTheRequestedNumberOfArticlesUnlessStopped() {
        assertThat(WarmUp.standard().run(analyzer, 3, () -> false)).isEqualTo(3);

        AtomicInteger asked = new AtomicInteger();
        int done = WarmUp.standard().run(analyzer, 100, () -> asked.incrementAndGet() > 2);

        assertThat(done).isEqualTo(2);
    }

    @Test
    void stopsBeforeTheFirstArticleWhenAlreadyStopped() {
        assertThat(WarmUp.standard().run(analyzer, 100, () -> true)).isZero();
    }

    @Test
    void realArticlesAreEnrichedAsWithoutWarmUp() {
        TextAnalyzer fresh = TextAnalyzer.standard();
        Enrichment before = fresh.analyze(TITLE, BODY, DocumentFrequencies.EMPTY);

        WarmUp.standard().run(fresh, 30, () -> false);
        Enrichment after = fresh.analyze(TITLE, BODY, DocumentFrequencies.EMPTY);

        assertThat(after).usingRecursiveComparison().isEqualTo(before);
        assertThat(before.entities()).isNotEmpty();
        assertThat(before.keywords()).isNotEmpty();
    }
}
