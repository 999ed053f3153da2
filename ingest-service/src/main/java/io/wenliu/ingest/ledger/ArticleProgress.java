package io.wenliu.ingest.ledger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.hibernate.Session;

/** Moves articles forward through the pipeline statuses; never backwards. */
@ApplicationScoped
public class ArticleProgress {

    /**
     * The ArticleIngested events of the articles reached Kafka. One SQL statement with the ids as an array (a query
     * language update with a list would be translated again for every batch size).
     */
    @Transactional
    public void markPublished(List<String> articleIds, Instant at) {
        if (articleIds.isEmpty()) {
            return;
        }
        String sql = "update article set published_at = coalesce(published_at, ?),"
                + " status = case when status = ? then ? else status end where id = any(?)";
        ArticleEntity.getEntityManager().unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                statement.setObject(1, at.atOffset(ZoneOffset.UTC));
                statement.setString(2, ArticleStatus.INGESTED.name());
                statement.setString(3, ArticleStatus.PUBLISHED.name());
                statement.setArray(4, connection.createArrayOf("varchar", articleIds.toArray()));
                statement.executeUpdate();
            }
        });
    }

    /** What {@link #markProgress} did: how many articles the ledger does not know, how long the new ones took. */
    /** Marks articles whose ArticleIngested event was given up (only those not yet past INGESTED). */
    public void markUndeliverable(List<String> articleIds) {
        if (articleIds.isEmpty()) {
            return;
        }
        String sql = "update article set status = ? where status = ? and id = any(?)";
        ArticleEntity.getEntityManager().unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                statement.setString(1, ArticleStatus.UNDELIVERABLE.name());
                statement.setString(2, ArticleStatus.INGESTED.name());
                statement.setArray(3, connection.createArrayOf("varchar", articleIds.toArray()));
                statement.executeUpdate();
            }
        });
    }

    public record Progress(int unknown, List<Duration> receivedToIndexed) {}

    /**
     * Moves articles to ENRICHED and INDEXED (each map: article id to the time of that step; an earlier recorded time
     * stays) in one statement per step; returns how many of the articles the ledger does not know and, for each
     * article indexed for the first time, the time from its document's receipt to its indexing.
     */
    @Transactional
    public Progress markProgress(Map<String, Instant> enriched, Map<String, Instant> indexed) {
        int unknown = 0;
        List<Duration> receivedToIndexed = new ArrayList<>();
        if (!enriched.isEmpty()) {
            unknown += enriched.size()
                    - update(
                                    "enriched_at",
                                    List.of(ArticleStatus.INGESTED, ArticleStatus.PUBLISHED),
                                    ArticleStatus.ENRICHED,
                                    enriched)
                            .size();
        }
        if (!indexed.isEmpty()) {
            List<Duration> firsts = update(
                    "indexed_at",
                    List.of(ArticleStatus.INGESTED, ArticleStatus.PUBLISHED, ArticleStatus.ENRICHED),
                    ArticleStatus.INDEXED,
                    indexed);
            unknown += indexed.size() - firsts.size();
            firsts.stream().filter(Objects::nonNull).forEach(receivedToIndexed::add);
        }
        return new Progress(unknown, receivedToIndexed);
    }

    /**
     * One entry per article updated: the time from its document's receipt to this step when the step is recorded for
     * the first time, else null. ({@code old} is the row as it was before this statement.)
     */
    private static List<Duration> update(
            String column, List<ArticleStatus> before, ArticleStatus after, Map<String, Instant> at) {
        String sql = "update article a set " + column + " = coalesce(a." + column + ", u.at),"
                + " status = case when a.status = any(?) then ? else a.status end"
                + " from unnest(?, ?) as u(id, at), article old, document d"
                + " where a.id = u.id and old.id = a.id and d.id = a.document_id"
                + " returning old." + column + " is null, u.at, d.received_at";
        String[] ids = at.keySet().toArray(new String[0]);
        Timestamp[] times = at.values().stream().map(Timestamp::from).toArray(Timestamp[]::new);
        String[] statuses = before.stream().map(Enum::name).toArray(String[]::new);
        List<Duration> updated = new ArrayList<>();
        ArticleEntity.getEntityManager().unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                statement.setArray(1, connection.createArrayOf("varchar", statuses));
                statement.setString(2, after.name());
                statement.setArray(3, connection.createArrayOf("varchar", ids));
                statement.setArray(4, connection.createArrayOf("timestamptz", times));
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        Timestamp step = rows.getTimestamp(2);
                        Timestamp received = rows.getTimestamp(3);
                        boolean first = rows.getBoolean(1) && step != null && received != null;
                        updated.add(first ? Duration.between(received.toInstant(), step.toInstant()) : null);
                    }
                }
            }
        });
        return updated;
    }
}
