package io.wenliu.ingest.health;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Readiness reflects the database and Kafka; the ingest metrics are exposed. */
@QuarkusTest
class OperationsTest {

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
    void ingestMetricsAreExposed() {
        given().get("/q/metrics")
                .then()
                .statusCode(200)
                .body(containsString("wenliu_ingest_outbox_backlog"))
                .body(containsString("wenliu_ingest_outbox_oldest_age_seconds"));
    }
}
