package io.wenliu.analysis.corpus;

import io.wenliu.analysis.nlp.DocumentFrequencies;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.Array;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hibernate.Session;

/** Document frequencies learned from the articles seen, stored in PostgreSQL. */
@ApplicationScoped
public class CorpusFrequencies implements DocumentFrequencies {
    private static final int MAX_TERM_LENGTH = 200;

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public long documentCount() {
        CorpusStatistics stats = CorpusStatistics.findById(CorpusStatistics.SINGLETON);
        return stats == null ? 0 : stats.documents;
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<String, Long> frequencies(Collection<String> terms) {
        Map<String, Long> result = new HashMap<>();
        if (terms.isEmpty()) {
            return result;
        }
        List<TermFrequency> rows = TermFrequency.list("term in ?1", List.copyOf(terms));
        for (TermFrequency row : rows) {
            result.put(row.term, row.documents);
        }
        return result;
    }

    /** Counts one more document containing the given terms (must run inside the caller's transaction). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void addDocument(Set<String> terms) {
        List<String> kept = new ArrayList<>();
        for (String t : terms) {
            if (t.length() <= MAX_TERM_LENGTH) {
                kept.add(t);
            }
        }
        Session session = TermFrequency.getEntityManager().unwrap(Session.class);
        session.doWork(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(
                    "insert into term_document_frequency (term, documents) select t, 1 from unnest(?) as t"
                            + " on conflict (term) do update set documents = term_document_frequency.documents + 1")) {
                Array array = connection.createArrayOf("text", kept.toArray(new String[0]));
                statement.setArray(1, array);
                statement.executeUpdate();
            }
            try (PreparedStatement statement = connection.prepareStatement(
                    "update corpus_statistics set documents = documents + 1 where id = 1")) {
                statement.executeUpdate();
            }
        });
    }
}
