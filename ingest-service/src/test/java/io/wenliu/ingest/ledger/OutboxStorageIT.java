package io.wenliu.ingest.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.wenliu.ingest.article.ArticleExtractor;
import io.wenliu.ingest.support.Ledger;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Outbox payloads are stored as written, not compressed: a row is sent within seconds and purged later. */
@QuarkusTest
class OutboxStorageIT {

    @Inject
    DocumentLedger ledger;

    @Inject
    AgroalDataSource dataSource;

    @Test
    void aLargeCompressiblePayloadIsStoredUncompressed() throws Exception {
        UUID id = UUID.randomUUID();
        String body = "正文重复的句子。".repeat(1_500) + id;
        ledger.register(id, "long.txt", DocumentOrigin.DROP, 10L);
        ledger.recordArticles(id, "text/plain", "UTF-8", new ArticleExtractor().extract("标题\n" + body));
        String articleId = Ledger.articles(id).get(0).id;

        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(
                        "select octet_length(payload), pg_column_size(payload) from outbox_event where article_id = ?")) {
            statement.setString(1, articleId);
            try (ResultSet rows = statement.executeQuery()) {
                assertThat(rows.next()).isTrue();
                long written = rows.getLong(1);
                long stored = rows.getLong(2);
                assertThat(written).isGreaterThan(30_000);
                assertThat(stored)
                        .as("stored size of a payload of %d bytes", written)
                        .isGreaterThanOrEqualTo(written);
            }
        }
    }
}
