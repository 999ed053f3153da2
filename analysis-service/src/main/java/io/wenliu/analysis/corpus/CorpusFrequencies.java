package io.wenliu.analysis.corpus;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import javax.sql.DataSource;

/** Document frequencies learned from the articles seen, as stored in PostgreSQL (read side). */
@ApplicationScoped
public class CorpusFrequencies implements DocumentFrequencies {
    /**
     * The terms joined to the table rather than {@code where term = any(?)}: a cached generic plan made while the
     * table had no statistics (every new database for its first minute) scans the table and compares each row with
     * each of an article's ~300 terms, 20-40 ms per article within a minute; the join is linear either way.
     */
    static final String LOOKUP = "select t.term, t.documents from unnest(?::text[]) as q(term)"
            + " join term_document_frequency t on t.term = q.term";

    private final DataSource dataSource;

    public CorpusFrequencies(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public long documentCount() {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement =
                        connection.prepareStatement("select documents from corpus_statistics where id = 1");
                ResultSet rows = statement.executeQuery()) {
            return rows.next() ? rows.getLong(1) : 0;
        } catch (SQLException e) {
            throw new CorpusUnavailableException("cannot read the corpus document count", e);
        }
    }

    @Override
    public Map<String, Long> frequencies(Collection<String> terms) {
        Map<String, Long> result = new HashMap<>();
        if (terms.isEmpty()) {
            return result;
        }
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(LOOKUP)) {
            Array array = connection.createArrayOf("text", terms.toArray(new String[0]));
            statement.setArray(1, array);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    result.put(rows.getString(1), rows.getLong(2));
                }
            }
            return result;
        } catch (SQLException e) {
            throw new CorpusUnavailableException("cannot read term document frequencies", e);
        }
    }

    /**
     * The statistics as they stand now, for one batch: the document count read once, each term's frequency read at
     * most once (see {@link BatchFrequencies}).
     */
    public DocumentFrequencies snapshot() {
        return new BatchFrequencies(documentCount(), this::frequencies);
    }
}
