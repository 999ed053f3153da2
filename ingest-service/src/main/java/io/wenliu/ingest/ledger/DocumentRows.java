package io.wenliu.ingest.ledger;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** The plain SQL statements of the document path on the {@code document} table, each one round trip. */
final class DocumentRows {

    private static final String INSERT_RECEIVED =
            "insert into document (id, source_file, origin, status, size_bytes, received_at)"
                    + " values (?, ?, ?, ?, ?, ?) on conflict (id) do nothing";
    private static final String SELECT =
            "select source_file, status, failure_reason, error_message from document where id = ?";
    private static final String FINISH =
            "update document set status = ?, content_type = ?, charset = ?, finished_at = ? where id = ?";
    private static final String FINAL_PATH = "update document set final_name = ?, final_dir = ? where id = ?";

    private DocumentRows() {}

    /** Inserts a RECEIVED row unless one with this id exists; whether it inserted. */
    static boolean insertReceived(
            Connection connection,
            UUID id,
            String sourceFile,
            DocumentOrigin origin,
            Long sizeBytes,
            Instant receivedAt)
            throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(INSERT_RECEIVED)) {
            statement.setObject(1, id);
            statement.setString(2, sourceFile);
            statement.setString(3, origin.name());
            statement.setString(4, DocumentStatus.RECEIVED.name());
            statement.setObject(5, sizeBytes, Types.BIGINT);
            statement.setTimestamp(6, Timestamp.from(receivedAt));
            return statement.executeUpdate() == 1;
        }
    }

    /** The row's source file, status and failure, if the document is known. */
    static Optional<DocumentRegistration> find(Connection connection, UUID id) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(SELECT)) {
            statement.setObject(1, id);
            try (ResultSet row = statement.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                String reason = row.getString(3);
                return Optional.of(new DocumentRegistration(
                        row.getString(1),
                        DocumentStatus.valueOf(row.getString(2)),
                        reason == null ? null : FailureReason.valueOf(reason),
                        row.getString(4)));
            }
        }
    }

    /** Sets the status a document's processing ended in, with what was read from it. */
    static void finish(
            Connection connection,
            UUID id,
            DocumentStatus status,
            String contentType,
            String charset,
            Instant finishedAt)
            throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(FINISH)) {
            statement.setString(1, status.name());
            statement.setString(2, contentType);
            statement.setString(3, charset);
            statement.setTimestamp(4, Timestamp.from(finishedAt));
            statement.setObject(5, id);
            statement.executeUpdate();
        }
    }

    /** Sets the folder and the name a document's file was moved to. */
    static void finalPath(Connection connection, UUID id, String finalName, String finalDir) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(FINAL_PATH)) {
            statement.setString(1, finalName);
            statement.setString(2, finalDir);
            statement.setObject(3, id);
            statement.executeUpdate();
        }
    }
}
