package io.wenliu.analysis.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * The corpus lookups against real PostgreSQL: what they answer, and that their plan stays linear on a table without
 * statistics (a new database before its first autoanalyze), where {@code where term = any(?)} filtered every row
 * against every term.
 */
@QuarkusTest
class CorpusLookupIT {
    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * A table to copy for a plan test: its 5,000 rows fill {@code columns} with {@code prefix} plus a number, then
     * {@code secondValue}; the looked-up array has the type {@code arrayType}.
     */
    private record PlanTable(String name, String columns, String secondValue, String arrayType, String prefix) {
        /** Three ids of the copy's rows, for the array literal. */
        String ids() {
            return prefix + "1," + prefix + "2," + prefix + "3";
        }
    }

    private static final PlanTable TERMS =
            new PlanTable("term_document_frequency", "(term, documents)", "1", "text[]", "term");
    private static final PlanTable EVENTS =
            new PlanTable("processed_event", "(event_id, processed_at)", "now()", "varchar[]", "id");

    @Inject
    DataSource dataSource;

    @Inject
    CorpusFrequencies frequencies;

    @Inject
    CorpusRecorder recorder;

    @Test
    void frequenciesAnswerStoredTermsOnlyAndToleratesRepeats() throws SQLException {
        String known = "词" + UUID.randomUUID();
        String other = "词" + UUID.randomUUID();
        storeFrequencies(Map.of(known, 3L, other, 1L));

        Map<String, Long> answer = frequencies.frequencies(List.of(known, other, "未见" + UUID.randomUUID(), known));

        assertThat(answer).containsExactlyInAnyOrderEntriesOf(Map.of(known, 3L, other, 1L));
    }

    @Test
    void aBatchSnapshotAnswersAsTheTableDidWhenItWasTaken() throws SQLException {
        String known = "词" + UUID.randomUUID();
        String unseen = "未见" + UUID.randomUUID();
        storeFrequencies(Map.of(known, 5L));
        DocumentFrequencies batch = frequencies.snapshot();

        assertThat(batch.frequencies(List.of(known, unseen))).containsExactlyInAnyOrderEntriesOf(Map.of(known, 5L));
        assertThat(batch.frequencies(List.of(unseen, known))).containsExactlyInAnyOrderEntriesOf(Map.of(known, 5L));
        assertThat(batch.documentCount()).isEqualTo(frequencies.documentCount());
    }

    private void storeFrequencies(Map<String, Long> frequencies) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement insert =
                        c.prepareStatement("insert into term_document_frequency (term, documents) values (?, ?)")) {
            for (Map.Entry<String, Long> term : frequencies.entrySet()) {
                insert.setString(1, term.getKey());
                insert.setLong(2, term.getValue());
                insert.executeUpdate();
            }
        }
    }

    @Test
    void handledIdsAreTheRecordedOnes() {
        String recorded = "e-" + UUID.randomUUID();
        String fresh = "e-" + UUID.randomUUID();
        recorder.record(List.of(HandledEvent.withoutDocument(recorded, "a-1", "article.ingested")));

        assertThat(recorder.alreadyHandled(List.of(recorded, fresh))).containsExactly(recorded);
    }

    @Test
    void termLookupFiltersNoRowByTheTermsWithoutStatistics() throws Exception {
        assertThat(filtersOf(CorpusFrequencies.LOOKUP, TERMS)).noneMatch(filter -> filter.contains("ANY"));
    }

    @Test
    void handledLookupFiltersNoRowByTheIdsWithoutStatistics() throws Exception {
        assertThat(filtersOf(CorpusRecorder.HANDLED, EVENTS)).noneMatch(filter -> filter.contains("ANY"));
    }

    /**
     * The filters of the statement's cached generic plan over a temporary copy of the table (same columns and
     * indexes, never analysed), as PostgreSQL would run it from the fifth execution on.
     */
    private List<String> filtersOf(String sql, PlanTable table) throws Exception {
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement()) {
            c.setAutoCommit(false);
            try {
                s.execute("create temp table " + table.name() + " (like public." + table.name()
                        + " including all) on commit drop");
                s.execute("insert into " + table.name() + " " + table.columns() + " select '" + table.prefix()
                        + "' || i, " + table.secondValue() + " from generate_series(1, 5000) i");
                s.execute("set local plan_cache_mode = force_generic_plan");
                s.execute("prepare lookup(" + table.arrayType() + ") as " + sql.replace("?", "$1"));
                try (ResultSet plan = s.executeQuery("explain (format json) execute lookup('{" + table.ids() + "}')")) {
                    plan.next();
                    List<String> filters = new ArrayList<>();
                    collectFilters(JSON.readTree(plan.getString(1)), filters);
                    return filters;
                }
            } finally {
                s.execute("deallocate all");
                c.rollback();
                c.setAutoCommit(true);
            }
        }
    }

    private static void collectFilters(JsonNode node, List<String> filters) {
        if (node.isObject()) {
            node.fields().forEachRemaining(field -> {
                if (field.getKey().equals("Filter")) {
                    filters.add(field.getValue().asText());
                } else {
                    collectFilters(field.getValue(), filters);
                }
            });
        } else if (node.isArray()) {
            node.forEach(child -> collectFilters(child, filters));
        }
    }
}
