package io.wenliu.search;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.wenliu.search.events.Topics;
import io.wenliu.search.support.EnrichedEvents;
import io.wenliu.search.support.OpenSearchOutage;
import io.wenliu.search.support.TestKafka;
import io.wenliu.search.support.TestServers;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** OpenSearch goes away: the indexer retries, commits no offset past the unindexed event, and catches up after. */
@QuarkusTest
@QuarkusTestResource(TestServers.class)
class OpenSearchOutageIT {

    @AfterEach
    void restore() {
        OpenSearchOutage.reachable(true);
    }

    private static double retries() {
        return given().get("/q/metrics")
                .then()
                .extract()
                .asString()
                .lines()
                .filter(l -> l.startsWith("wenliu_search_retries_total"))
                .mapToDouble(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1)))
                .sum();
    }

    @Test
    void eventsWaitForOpenSearchWithoutCommittingOffsetsAndAreIndexedWhenItReturns() {
        String warmup = "outage-" + UUID.randomUUID();
        String warmMarker = "预热" + UUID.randomUUID().toString().substring(0, 8);
        long warmOffset = TestKafka.send(Topics.ARTICLES_ENRICHED, warmup, event(warmup, warmMarker));
        await().atMost(Duration.ofSeconds(60))
                .until(() -> TestKafka.committedOffset("search-service", Topics.ARTICLES_ENRICHED) > warmOffset);

        OpenSearchOutage.reachable(false);
        double retriesBefore = retries();
        String id = "outage-" + UUID.randomUUID();
        String marker = "停机" + UUID.randomUUID().toString().substring(0, 8);
        long offset = TestKafka.send(Topics.ARTICLES_ENRICHED, id, event(id, marker));

        await().atMost(Duration.ofSeconds(60)).until(() -> retries() >= retriesBefore + 3);
        await("a 30-second outage commits no offset past the event that is not indexed")
                .during(Duration.ofSeconds(30))
                .atMost(Duration.ofSeconds(40))
                .until(() -> TestKafka.committedOffset("search-service", Topics.ARTICLES_ENRICHED) <= offset);
        given().get("/q/health/ready").then().statusCode(503);
        given().queryParam("q", marker).get("/api/search").then().statusCode(503);

        OpenSearchOutage.reachable(true);
        await().atMost(Duration.ofSeconds(60))
                .untilAsserted(() -> assertThat(given().queryParam("q", marker)
                                .get("/api/search")
                                .jsonPath()
                                .getList("hits.id", String.class))
                        .containsExactly(id));
        await().atMost(Duration.ofSeconds(30))
                .until(() -> TestKafka.committedOffset("search-service", Topics.ARTICLES_ENRICHED) > offset);
        given().get("/q/health/ready").then().statusCode(200);
    }

    private static String event(String id, String marker) {
        return EnrichedEvents.enriched(id, 1, "标题", "正文" + marker, "测试", null, List.of(), List.of());
    }
}
