package io.wenliu.ingest.ledger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.hibernate.Session;

/** Moves articles forward through the pipeline statuses; never backwards. */
@ApplicationScoped
public class ArticleProgress {

    /** The ArticleIngested events of the articles reached Kafka. */
    @Transactional
    public void markPublished(List<String> articleIds, Instant at) {
        if (articleIds.isEmpty()) {
            return;
        }
        ArticleEntity.update(
                "publishedAt = coalesce(publishedAt, ?1), status = case when status = ?2 then ?3 else status end"
                        + " where id in ?4",
                at,
                ArticleStatus.INGESTED,
                ArticleStatus.PUBLISHED,
                articleIds);
    }

    /**
     * Moves articles to ENRICHED and INDEXED (each map: article id to the time of that step; an earlier recorded time
     * stays) in one statement per step; returns how many of the articles the ledger does not know.
     */
    @Transactional
    public int markProgress(Map<String, Instant> enriched, Map<String, Instant> indexed) {
        int unknown = 0;
        if (!enriched.isEmpty()) {
            unknown += enriched.size()
                    - update(
                            "enriched_at",
                            List.of(ArticleStatus.INGESTED, ArticleStatus.PUBLISHED),
                            ArticleStatus.ENRICHED,
                            enriched);
        }
        if (!indexed.isEmpty()) {
            unknown += indexed.size()
                    - update(
                            "indexed_at",
                            List.of(ArticleStatus.INGESTED, ArticleStatus.PUBLISHED, ArticleStatus.ENRICHED),
                            ArticleStatus.INDEXED,
                            indexed);
        }
        return unknown;
    }

    private static int update(String column, List<ArticleStatus> before, ArticleStatus after, Map<String, Instant> at) {
        String sql = "update article a set " + column + " = coalesce(a." + column + ", u.at),"
                + " status = case when a.status = any(?) then ? else a.status end"
                + " from unnest(?, ?) as u(id, at) where a.id = u.id";
        String[] ids = at.keySet().toArray(new String[0]);
        Timestamp[] times = at.values().stream().map(Timestamp::from).toArray(Timestamp[]::new);
        String[] statuses = before.stream().map(Enum::name).toArray(String[]::new);
        int[] updated = new int[1];
        ArticleEntity.getEntityManager().unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                statement.setArray(1, connection.createArrayOf("varchar", statuses));
                statement.setString(2, after.name());
                statement.setArray(3, connection.createArrayOf("varchar", ids));
                statement.setArray(4, connection.createArrayOf("timestamptz", times));
                updated[0] = statement.executeUpdate();
            }
        });
        return updated[0];
    }
}
