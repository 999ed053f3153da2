package io.wenliu.ingest.metrics;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.scheduler.Scheduled;
import io.wenliu.ingest.ledger.ArticleStatus;
import io.wenliu.ingest.ledger.DocumentStatus;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.jboss.logging.Logger;

/**
 * The ledger's documents and articles per status, as gauges {@code wenliu_ingest_documents{status}} and {@code
 * wenliu_ingest_articles{status}}, counted every 30 s (one grouped count per table, not one per scrape).
 */
@ApplicationScoped
public class LedgerCounts {

    private static final Logger LOG = Logger.getLogger(LedgerCounts.class);

    private final DataSource dataSource;
    private final Map<DocumentStatus, AtomicLong> documents;
    private final Map<ArticleStatus, AtomicLong> articles;

    public LedgerCounts(DataSource dataSource, MeterRegistry registry) {
        this.dataSource = dataSource;
        this.documents = gauges(registry, DocumentStatus.class, "wenliu.ingest.documents", "Documents");
        this.articles = gauges(registry, ArticleStatus.class, "wenliu.ingest.articles", "Articles");
    }

    /** One gauge per status, all starting at 0. */
    private static <S extends Enum<S>> Map<S, AtomicLong> gauges(
            MeterRegistry registry, Class<S> statuses, String name, String what) {
        Map<S, AtomicLong> counts = new EnumMap<>(statuses);
        for (S status : statuses.getEnumConstants()) {
            AtomicLong count = new AtomicLong();
            counts.put(status, count);
            Gauge.builder(name, count, AtomicLong::get)
                    .description(what + " in the ledger per status (counted every 30 s)")
                    .tag("status", status.name())
                    .register(registry);
        }
        return counts;
    }

    /** Counts again; a database outage leaves the last counts in place. */
    @Scheduled(every = "30s", delayed = "5s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void count() {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement()) {
            Map<String, Long> byDocument = grouped(statement, "document");
            documents.forEach((status, count) -> count.set(byDocument.getOrDefault(status.name(), 0L)));
            Map<String, Long> byArticle = grouped(statement, "article");
            articles.forEach((status, count) -> count.set(byArticle.getOrDefault(status.name(), 0L)));
        } catch (SQLException e) {
            LOG.debugf("cannot count the ledger now: %s", e.getMessage());
        }
    }

    private static Map<String, Long> grouped(Statement statement, String table) throws SQLException {
        Map<String, Long> counts = new HashMap<>();
        try (ResultSet rows = statement.executeQuery("select status, count(*) from " + table + " group by status")) {
            while (rows.next()) {
                counts.put(rows.getString(1), rows.getLong(2));
            }
        }
        return counts;
    }
}
