package io.wenliu.ingest.health;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import io.wenliu.ingest.drop.DropFolders;
import io.wenliu.ingest.ledger.DocumentStatus;
import io.wenliu.ingest.support.DropFiles;
import io.wenliu.ingest.support.Ledger;
import jakarta.inject.Inject;
import java.io.IOException;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Readiness reflects the database and Kafka; the ingest metrics are exposed. */
@QuarkusTest
class OperationsIT {

    @Inject
    DropFolders folders;

    @Test
    void readinessChecksDatabaseAndKafka() {
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> given().get("/q/health/ready")
                        .then()
                        .statusCode(200)
                        .body("status", equalTo("UP"))
                        .body("checks.name", hasItem("kafka"))
                        .body("checks.name", hasItem(containsString("Database"))));
        given().get("/q/health/live").then().statusCode(200);
    }

    @Test
    void ingestMetricsAreExposed() throws IOException {
        String good = "metrics-" + UUID.randomUUID() + ".txt";
        DropFiles.drop(folders.drop(), good, DropFiles.uniqueArticle("指标"));
        String bad = "metrics-" + UUID.randomUUID() + ".txt";
        DropFiles.drop(folders.drop(), bad, new byte[0]);
        Ledger.awaitDocument(good, DocumentStatus.PROCESSED);
        Ledger.awaitDocument(bad, DocumentStatus.FAILED);

        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> given().get("/q/metrics")
                        .then()
                        .statusCode(200)
                        .body(containsString("wenliu_ingest_files_seen_total{origin=\"DROP\"}"))
                        .body(containsString("wenliu_ingest_failures_total{reason=\"EMPTY\"}"))
                        .body(containsString("wenliu_ingest_articles_published_total"))
                        .body(containsString("wenliu_ingest_outbox_backlog"))
                        .body(containsString("wenliu_ingest_outbox_oldest_age_seconds")));
    }
}
