package io.wenliu.ingest.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.wenliu.ingest.drop.DropFolders;
import io.wenliu.ingest.events.Topics;
import io.wenliu.ingest.ledger.DocumentEntity;
import io.wenliu.ingest.ledger.DocumentStatus;
import io.wenliu.ingest.support.DropFiles;
import io.wenliu.ingest.support.Ledger;
import io.wenliu.ingest.support.TopicReader;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Replicas share one outbox: while another replica relays (holds the relay lock), this one publishes nothing, so
 * an article's events are never sent by two relays side by side; once the other lets go, this one takes over.
 */
@QuarkusTest
class OutboxRelayReplicasIT {

    private static final Duration TIMEOUT = Duration.ofSeconds(45);

    @Inject
    DropFolders folders;

    @Inject
    AgroalDataSource dataSource;

    @Test
    void onlyTheReplicaHoldingTheRelayLockPublishes() throws Exception {
        String articleId;
        try (Connection otherReplica = dataSource.getConnection()) {
            otherReplica.setAutoCommit(false);
            try (PreparedStatement lock = otherReplica.prepareStatement("select pg_advisory_xact_lock(?)")) {
                lock.setLong(1, OutboxRelay.RELAY_LOCK);
                lock.execute();
            }

            String name = "replicas-" + UUID.randomUUID() + ".txt";
            DropFiles.drop(folders.drop(), name, DropFiles.uniqueArticle("两个副本"));
            DocumentEntity document = Ledger.awaitDocument(name, DocumentStatus.PROCESSED);
            articleId = Ledger.articles(document.id).get(0).id;
            String id = articleId;
            await("the event stays in the outbox while another replica relays")
                    .during(Duration.ofSeconds(3))
                    .atMost(Duration.ofSeconds(5))
                    .until(() -> Ledger.outbox(id).get(0).sentAt == null);

            otherReplica.rollback();
        }

        String id = articleId;
        await().atMost(TIMEOUT).until(() -> Ledger.outbox(id).get(0).sentAt != null);
        try (TopicReader topic = TopicReader.open(Topics.ARTICLES_INGESTED)) {
            topic.await(1, e -> id.equals(e.path("articleId").asText()));
        }
        assertThat(Ledger.outbox(id))
                .allSatisfy(event -> assertThat(event.sentAt).isNotNull());
    }
}
