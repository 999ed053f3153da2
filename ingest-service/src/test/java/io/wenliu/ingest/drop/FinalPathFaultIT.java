package io.wenliu.ingest.drop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.test.junit.QuarkusTest;
import io.wenliu.ingest.ledger.ArticleEntity;
import io.wenliu.ingest.ledger.DocumentEntity;
import io.wenliu.ingest.ledger.DocumentStatus;
import io.wenliu.ingest.support.DropFiles;
import io.wenliu.ingest.support.Ledger;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The database fails (a connection error raised by PostgreSQL itself, once) right when the ledger is told where a
 * processed file goes: the file must stay claimed, and the next rescan completes the document exactly once, with the
 * ledger pointing at the file.
 */
@QuarkusTest
class FinalPathFaultIT {

    private static final Duration TIMEOUT = Duration.ofSeconds(45);

    @Inject
    DropFolders folders;

    @Inject
    DataSource dataSource;

    @AfterEach
    void removeFault() throws Exception {
        execute(
                "drop trigger if exists final_path_fault on document",
                "drop function if exists final_path_fault()",
                "drop sequence if exists final_path_fault_calls");
    }

    @Test
    void databaseFailureBetweenRecordingAndMovingCompletesTheDocumentOnce() throws Exception {
        String name = "final-path-fault-" + UUID.randomUUID() + ".txt";
        execute(
                "create sequence final_path_fault_calls",
                "create function final_path_fault() returns trigger language plpgsql as $$ begin"
                        + " if new.source_file = '" + name + "' and new.final_name is not null"
                        + " and old.final_name is null then"
                        + " if nextval('final_path_fault_calls') = 1 then"
                        + " raise exception 'injected: connection lost' using errcode = '08006';"
                        + " end if; end if; return new; end $$",
                "create trigger final_path_fault before update on document"
                        + " for each row execute function final_path_fault()");

        DropFiles.drop(folders.drop(), name, DropFiles.uniqueArticle("断库之后"));

        DocumentEntity document = Ledger.awaitDocument(name, DocumentStatus.PROCESSED);
        await("the ledger knows where the file went")
                .atMost(TIMEOUT)
                .until(() -> Ledger.document(document.id).finalName != null);
        DocumentEntity done = Ledger.document(document.id);
        Path recorded = Path.of(done.finalDir, done.finalName);
        assertThat(recorded)
                .as("the recorded place")
                .exists()
                .isEqualTo(folders.processed().resolve(name).toAbsolutePath().normalize());
        assertThat(sequenceValue()).as("the fault was injected").isGreaterThanOrEqualTo(2);
        try (Stream<Path> files = Files.list(folders.processed())) {
            assertThat(files.filter(f -> f.getFileName().toString().startsWith(name.replace(".txt", ""))))
                    .as("copies of the file in processed/")
                    .hasSize(1);
        }
        assertThat(folders.claimed().resolve(document.id.toString())).doesNotExist();
        List<ArticleEntity> articles = Ledger.articles(document.id);
        assertThat(articles).hasSize(1);
        assertThat(Ledger.outbox(articles.get(0).id))
                .as("events of the article")
                .hasSize(1);
    }

    private long sequenceValue() throws Exception {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery("select last_value from final_path_fault_calls")) {
            result.next();
            return result.getLong(1);
        }
    }

    private void execute(String... statements) throws Exception {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }
}
