package io.wenliu.ingest.ledger;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The plain SQL statements of the document path on the {@code article} table, each one round trip. */
final class ArticleRows {

    private static final String LIVE_BY_HASH = "select content_hash, id from article"
            + " where content_hash = any(?) and status <> 'DUPLICATE' and deleted_at is null";
    private static final String INSERT = "insert into article"
            + " (id, document_id, segment_index, title, content_hash, status, duplicate_of, created_at)"
            + " values (?, ?, ?, ?, ?, ?, ?, ?)";

    private ArticleRows() {}

    /** The live (not duplicate, not deleted) article of each of these content hashes that has one: hash to id. */
    static Map<String, String> liveByHash(Connection connection, Collection<String> hashes) throws SQLException {
        Map<String, String> live = new HashMap<>();
        try (PreparedStatement statement = connection.prepareStatement(LIVE_BY_HASH)) {
            statement.setArray(1, connection.createArrayOf("varchar", hashes.toArray()));
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    live.put(rows.getString(1), rows.getString(2));
                }
            }
        }
        return live;
    }

    /** Inserts the rows in one batch (the live-hash index refuses a second live article with the same content). */
    static void insert(Connection connection, List<Row> articles) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(INSERT)) {
            for (Row article : articles) {
                statement.setString(1, article.id());
                statement.setObject(2, article.documentId());
                statement.setInt(3, article.segmentIndex());
                statement.setString(4, article.title());
                statement.setString(5, article.contentHash());
                statement.setString(6, article.status().name());
                statement.setString(7, article.duplicateOf());
                statement.setTimestamp(8, Timestamp.from(article.createdAt()));
                statement.addBatch();
            }
            statement.executeBatch();
        }
    }

    /** A new article row (the columns set when a document is recorded). */
    record Row(
            String id,
            UUID documentId,
            int segmentIndex,
            String title,
            String contentHash,
            ArticleStatus status,
            String duplicateOf,
            Instant createdAt) {}
}
