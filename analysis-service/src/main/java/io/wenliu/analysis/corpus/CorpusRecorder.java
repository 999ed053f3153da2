package io.wenliu.analysis.corpus;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import javax.sql.DataSource;

/**
 * Remembers handled event ids and counts the terms of the enriched articles among them, a whole batch in one
 * transaction. Idempotent: an event id already recorded adds nothing, so a batch written twice counts once.
 */
@ApplicationScoped
public class CorpusRecorder {
    private static final int MAX_TERM_LENGTH = 200;

    /** The ids joined to the table, for the reason given at {@link CorpusFrequencies#LOOKUP}. */
    static final String HANDLED =
            "select p.event_id from unnest(?::varchar[]) as q(id) join processed_event p on p.event_id = q.id";

    private final DataSource dataSource;

    public CorpusRecorder(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Which of the event ids were already handled. */
    public Set<String> alreadyHandled(Collection<String> eventIds) {
        Set<String> seen = new HashSet<>();
        if (eventIds.isEmpty()) {
            return seen;
        }
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(HANDLED)) {
            statement.setArray(1, connection.createArrayOf("varchar", eventIds.toArray(new String[0])));
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    seen.add(rows.getString(1));
                }
            }
            return seen;
        } catch (SQLException e) {
            throw new CorpusUnavailableException("cannot read processed event ids", e);
        }
    }

    /** Records the events and adds the terms of those recorded now to the document frequencies. */
    public void record(List<HandledEvent> events) {
        if (events.isEmpty()) {
            return;
        }
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                Set<String> inserted = insertIds(connection, events);
                countTerms(connection, events, inserted);
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new CorpusUnavailableException("cannot record a batch of " + events.size() + " events", e);
        }
    }

    private static Set<String> insertIds(Connection connection, List<HandledEvent> events) throws SQLException {
        String[] ids = new String[events.size()];
        String[] articles = new String[events.size()];
        String[] types = new String[events.size()];
        for (int i = 0; i < events.size(); i++) {
            ids[i] = events.get(i).eventId();
            articles[i] = events.get(i).articleId();
            types[i] = events.get(i).eventType();
        }
        Set<String> inserted = new HashSet<>();
        try (PreparedStatement statement = connection.prepareStatement(
                "insert into processed_event (event_id, article_id, event_type, processed_at)"
                        + " select e.id, e.article, e.type, now() from unnest(?, ?, ?) as e(id, article, type)"
                        + " on conflict (event_id) do nothing returning event_id")) {
            statement.setArray(1, connection.createArrayOf("varchar", ids));
            statement.setArray(2, connection.createArrayOf("varchar", articles));
            statement.setArray(3, connection.createArrayOf("varchar", types));
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    inserted.add(rows.getString(1));
                }
            }
        }
        return inserted;
    }

    /** Terms in sorted order, so that concurrent instances lock the rows in the same order (no deadlock). */
    private static void countTerms(Connection connection, List<HandledEvent> events, Set<String> inserted)
            throws SQLException {
        Map<String, Long> counts = new TreeMap<>();
        int documents = 0;
        for (HandledEvent event : events) {
            if (!event.addsDocument() || !inserted.remove(event.eventId())) {
                continue;
            }
            documents++;
            for (String term : event.terms()) {
                if (term.length() <= MAX_TERM_LENGTH) {
                    counts.merge(term, 1L, Long::sum);
                }
            }
        }
        if (documents == 0) {
            return;
        }
        try (PreparedStatement statement =
                connection.prepareStatement("insert into term_document_frequency (term, documents)"
                        + " select t.term, t.documents from unnest(?, ?) as t(term, documents) order by t.term"
                        + " on conflict (term) do update"
                        + " set documents = term_document_frequency.documents + excluded.documents")) {
            statement.setArray(
                    1, connection.createArrayOf("text", counts.keySet().toArray(new String[0])));
            statement.setArray(
                    2, connection.createArrayOf("bigint", counts.values().toArray(new Long[0])));
            statement.executeUpdate();
        }
        try (PreparedStatement statement =
                connection.prepareStatement("update corpus_statistics set documents = documents + ? where id = 1")) {
            statement.setLong(1, documents);
            statement.executeUpdate();
        }
    }
}
