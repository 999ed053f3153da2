package io.wenliu.ingest.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.test.junit.QuarkusTest;
import io.wenliu.ingest.article.ArticleExtractor;
import io.wenliu.ingest.ledger.ArticleStatus;
import io.wenliu.ingest.ledger.DocumentLedger;
import io.wenliu.ingest.ledger.DocumentOrigin;
import io.wenliu.ingest.ledger.OutboxEvent;
import io.wenliu.ingest.support.Ledger;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * An event the broker can never accept is given up, not retried for ever: the events queued after it are published
 * (the ledger no longer lets such an article in, so this one is recorded below the size check, as an older ledger
 * could hold it).
 */
@QuarkusTest
class OutboxGiveUpIT {

    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    @Inject
    DocumentLedger ledger;

    @Inject
    OutboxRelay relay;

    @Test
    void anEventOverTheRecordLimitIsGivenUpAndTheEventsAfterItArePublished() {
        String oversized = record("超大稿件", "正文重复的句子。".repeat(50_000)); // 1.2 MB of UTF-8
        String after = record("其后稿件", "其后的一篇普通稿件正文。");
        relay.wakeUp();

        await().atMost(TIMEOUT).until(() -> status(after) == ArticleStatus.PUBLISHED);
        assertThat(status(oversized)).isEqualTo(ArticleStatus.UNDELIVERABLE);
        OutboxEvent givenUp = Ledger.outbox(oversized).get(0);
        assertThat(givenUp.givenUpAt).isNotNull();
        assertThat(givenUp.sentAt).isNull();
        assertThat(givenUp.lastError).contains("RecordTooLargeException");
        assertThat(Ledger.outbox(after).get(0).sentAt).isNotNull();
    }

    private String record(String title, String body) {
        UUID id = UUID.randomUUID();
        ledger.register(id, title + ".txt", DocumentOrigin.DROP, 10L);
        ledger.recordArticles(id, "text/plain", "UTF-8", new ArticleExtractor().extract(title + "\n" + body + id));
        return Ledger.articles(id).get(0).id;
    }

    private static ArticleStatus status(String articleId) {
        return Ledger.article(articleId).status;
    }
}
