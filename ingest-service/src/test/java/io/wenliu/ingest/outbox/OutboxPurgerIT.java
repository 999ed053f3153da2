package io.wenliu.ingest.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.wenliu.ingest.events.ArticleDeletedPayload;
import io.wenliu.ingest.ledger.OutboxEvent;
import io.wenliu.ingest.ledger.OutboxWriter;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Old published rows are purged; unpublished rows are kept whatever their age. */
@QuarkusTest
class OutboxPurgerIT {

    @Inject
    OutboxPurger purger;

    @Inject
    OutboxWriter writer;

    @Test
    void purgesOnlyOldPublishedRows() {
        Instant longAgo = Instant.now().minus(Duration.ofDays(30));
        long oldSent = row(longAgo, longAgo);
        long oldUnsent = row(longAgo, null);
        long recentSent = row(Instant.now(), Instant.now());

        purger.purge();

        QuarkusTransaction.requiringNew().run(() -> {
            assertThat((OutboxEvent) OutboxEvent.findById(oldSent)).isNull();
            assertThat((OutboxEvent) OutboxEvent.findById(oldUnsent)).isNotNull();
            assertThat((OutboxEvent) OutboxEvent.findById(recentSent)).isNotNull();
            OutboxEvent.deleteById(oldUnsent);
        });
    }

    private long row(Instant occurredAt, Instant sentAt) {
        return QuarkusTransaction.requiringNew().call(() -> {
            OutboxEvent event = writer.add(
                    "ArticleDeleted",
                    "a-" + UUID.randomUUID(),
                    new ArticleDeletedPayload(UUID.randomUUID(), "x.txt", "test"),
                    occurredAt);
            event.sentAt = sentAt;
            return event.id;
        });
    }
}
