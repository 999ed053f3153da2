package io.wenliu.ingest.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.wenliu.ingest.article.ArticleExtractor;
import io.wenliu.ingest.article.ParsedArticle;
import io.wenliu.ingest.support.Ledger;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import org.hibernate.exception.ConstraintViolationException;
import org.junit.jupiter.api.Test;

/** Two instances recording the same article at the same moment: the database lets only one of them publish it. */
@QuarkusTest
class ConcurrentDuplicateIT {

    @Inject
    DocumentLedger ledger;

    @Test
    void theSecondWriterFailsOnTheLiveHashIndexAndIsADuplicateOnRetry() throws Exception {
        List<ParsedArticle> articles =
                new ArticleExtractor().extract("同时到达\n两个实例同时处理同一篇文章，编号" + UUID.randomUUID() + "。");
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();
        ledger.register(first, "first.txt", DocumentOrigin.DROP, 1L);
        ledger.register(second, "second.txt", DocumentOrigin.DROP, 1L);

        QuarkusTransaction.begin();
        CompletableFuture<RecordedDocument> racer;
        try {
            ledger.recordArticles(first, "text/plain", "UTF-8", articles);
            ArticleEntity.flush();
            racer = CompletableFuture.supplyAsync(() -> ledger.recordArticles(second, "text/plain", "UTF-8", articles));
            await().atMost(Duration.ofSeconds(20)).until(ConcurrentDuplicateIT::someoneWaitsForALock);
        } finally {
            QuarkusTransaction.commit();
        }

        assertThatThrownBy(racer::get)
                .isInstanceOf(ExecutionException.class)
                .satisfies(e -> assertThat(hasCause(e, ConstraintViolationException.class))
                        .isTrue());
        RecordedDocument retried = ledger.recordArticles(second, "text/plain", "UTF-8", articles);

        assertThat(retried.status()).isEqualTo(DocumentStatus.DUPLICATE);
        assertThat(Ledger.articles(second).get(0).duplicateOf)
                .isEqualTo(Ledger.articles(first).get(0).id);
    }

    private static boolean someoneWaitsForALock() {
        return QuarkusTransaction.requiringNew()
                .call(() -> ((Number) ArticleEntity.getEntityManager()
                                        .createNativeQuery(
                                                "select count(*) from pg_stat_activity where wait_event_type = 'Lock'")
                                        .getSingleResult())
                                .intValue()
                        > 0);
    }

    private static boolean hasCause(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }
}
