package io.wenliu.ingest.drop;

import static io.restassured.RestAssured.given;
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
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Files dropped while PostgreSQL refuses every ledger write (a connection error raised by the database itself) wait
 * in claimed/ and are all ingested once it is back: none fails, none is lost, none is counted twice.
 */
@QuarkusTest
class DatabaseOutageIT {

    private static final Duration OUTAGE = Duration.ofSeconds(30);

    @Inject
    DropFolders folders;

    @Inject
    DataSource dataSource;

    @AfterEach
    void endOutage() throws Exception {
        execute("drop trigger if exists ledger_outage on document", "drop function if exists ledger_outage()");
    }

    @Test
    void filesDroppedDuringAnOutageAreIngestedOnceItEnds() throws Exception {
        String prefix = "ledger-outage-" + UUID.randomUUID();
        execute(
                "create function ledger_outage() returns trigger language plpgsql as $$ begin"
                        + " if new.source_file like '" + prefix + "%' then"
                        + " raise exception 'injected: database unreachable' using errcode = '08006';"
                        + " end if; return new; end $$",
                "create trigger ledger_outage before insert on document"
                        + " for each row execute function ledger_outage()");
        List<String> names = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            String name = prefix + "-" + i + ".txt";
            names.add(name);
            DropFiles.drop(folders.drop(), name, DropFiles.uniqueArticle("断库期间第" + i + "篇"));
        }

        await("the files are claimed but not recorded while the database is down")
                .during(OUTAGE)
                .atMost(OUTAGE.plusSeconds(5))
                .until(() -> names.stream()
                        .allMatch(name -> Ledger.documentNamed(name).isEmpty()));
        try (Stream<Path> failed = Files.list(folders.failed())) {
            assertThat(failed.filter(f -> f.getFileName().toString().startsWith(prefix)))
                    .as("nothing failed")
                    .isEmpty();
        }
        String metrics =
                given().get("/q/metrics").then().statusCode(200).extract().asString();
        assertThat(metrics).as("retries counted").containsPattern("wenliu_ingest_document_retries_total [1-9]");
        endOutage();

        for (String name : names) {
            DocumentEntity document = Ledger.awaitDocument(name, DocumentStatus.PROCESSED, DocumentStatus.FAILED);
            assertThat(document.status).as(name).isEqualTo(DocumentStatus.PROCESSED);
            List<ArticleEntity> articles = Ledger.articles(document.id);
            assertThat(articles).as("articles of %s", name).hasSize(1);
            assertThat(Ledger.outbox(articles.get(0).id))
                    .as("events of %s", name)
                    .hasSize(1);
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
