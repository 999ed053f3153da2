package io.wenliu.ingest.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wenliu.ingest.article.ParsedArticle;
import io.wenliu.ingest.extract.DocumentRejectedException;
import io.wenliu.ingest.ledger.FailureReason;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class ArticleSizeLimitTest {

    @Test
    void countsUtf8BytesAsTheEncoderWrites() {
        for (String text : List.of("", "abc", "é", "疫情防控", "𠀀 mixed 中文 é")) {
            assertThat(ArticleSizeLimit.utf8Length(text))
                    .as(text)
                    .isEqualTo(text.getBytes(StandardCharsets.UTF_8).length);
        }
        assertThat(ArticleSizeLimit.utf8Length(null)).isZero();
    }

    @Test
    void anArticleAtTheLimitPassesAndOneByteMoreFailsWithItsNumberAndTitle() {
        ArticleSizeLimit limit = new ArticleSizeLimit(3 * 10 + 3);
        ParsedArticle fits = article(0, "标题", "正".repeat(9));
        ParsedArticle over = article(1, "第二篇", "正".repeat(9) + "a");

        assertThatCode(() -> limit.check(List.of(fits))).doesNotThrowAnyException();
        assertThatThrownBy(() -> limit.check(List.of(fits, over)))
                .isInstanceOfSatisfying(
                        DocumentRejectedException.class,
                        e -> assertThat(e.reason()).isEqualTo(FailureReason.TOO_LARGE))
                .hasMessageContaining("article 2 (\"第二篇\")")
                .hasMessageContaining("37 bytes")
                .hasMessageContaining("at most 33 (wenliu.ingest.max-article-bytes)");
    }

    private static ParsedArticle article(int index, String title, String body) {
        return new ParsedArticle(index, title, null, List.of(), null, null, null, null, body, List.of());
    }
}
