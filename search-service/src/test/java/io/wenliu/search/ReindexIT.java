package io.wenliu.search;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import io.wenliu.search.events.Topics;
import io.wenliu.search.rest.AdminApiKeyFilter;
import io.wenliu.search.support.EnrichedEvents;
import io.wenliu.search.support.SeedArticles;
import io.wenliu.search.support.SeedIndex;
import io.wenliu.search.support.TestKafka;
import io.wenliu.search.support.TestServers;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.opensearch.client.opensearch.OpenSearchClient;

/**
 * Rebuilding the index from articles.enriched while searches keep answering, swapping the alias and deleting the old
 * index; only with the admin API key.
 */
@QuarkusTest
@QuarkusTestResource(TestServers.class)
class ReindexIT {

    @Inject
    OpenSearchClient client;

    @ConfigProperty(name = "wenliu.search.admin-api-key")
    String adminKey;

    private RequestSpecification admin() {
        return given().header(AdminApiKeyFilter.HEADER, adminKey);
    }

    private boolean exists(String index) throws Exception {
        return client.indices().exists(e -> e.index(index)).value();
    }

    private String aliasTarget() throws Exception {
        return client.indices()
                .getAlias(g -> g.name("articles"))
                .result()
                .keySet()
                .iterator()
                .next();
    }

    private static int seedHits() {
        return given().queryParam("q", "疫情防控")
                .queryParam("source", SeedArticles.SOURCE)
                .get("/api/search")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getInt("total");
    }

    @Test
    void reindexBuildsTheNextVersionAndSwapsTheAliasWhileSearchesAnswer() throws Exception {
        int seeds = SeedIndex.ensureIndexed().size();
        String before = aliasTarget();
        int beforeVersion = Integer.parseInt(before.substring("articles-v".length()));

        admin().post("/api/admin/reindex").then().statusCode(202);
        String id = "reindex-" + UUID.randomUUID();
        String marker = sendMarkedArticle(id);

        List<Integer> answers = new ArrayList<>();
        await().atMost(Duration.ofSeconds(120))
                .pollInterval(Duration.ofMillis(100))
                .until(() -> {
                    answers.add(seedHits());
                    return "DONE"
                            .equals(admin().get("/api/admin/reindex").jsonPath().getString("state"));
                });
        answers.add(seedHits());

        assertThat(answers).as("every search during the reindex saw all seeds").containsOnly(seeds);
        JsonPath status = admin().get("/api/admin/reindex").jsonPath();
        assertThat(status.getString("fromIndex")).isEqualTo(before);
        assertThat(status.getString("toIndex")).isEqualTo("articles-v" + (beforeVersion + 1));
        assertThat(status.getLong("recordsReplayed")).isGreaterThanOrEqualTo(seeds);
        assertThat(aliasTarget()).isEqualTo("articles-v" + (beforeVersion + 1));
        assertThat(status.getString("deletedIndex")).isEqualTo(before);
        assertThat(exists(before)).as("the retired index is deleted").isFalse();
        awaitOnlyHit(marker, id);
        given().get("/api/articles/seed-000").then().statusCode(200);

        String later = "reindex-later-" + UUID.randomUUID();
        awaitOnlyHit(sendMarkedArticle(later), later);
        assertThat(exists(before))
                .as("a live write after the swap did not re-create the retired index")
                .isFalse();
    }

    /** Sends an article whose body holds a unique marker word; returns the marker. */
    private static String sendMarkedArticle(String id) {
        String marker = "重建" + UUID.randomUUID().toString().substring(0, 8);
        TestKafka.send(
                Topics.ARTICLES_ENRICHED,
                id,
                EnrichedEvents.enriched(id, 1, "标题", "正文" + marker, "测试", null, List.of(), List.of()));
        return marker;
    }

    private static void awaitOnlyHit(String marker, String id) {
        await().atMost(Duration.ofSeconds(60))
                .untilAsserted(() -> assertThat(given().queryParam("q", marker)
                                .get("/api/search")
                                .jsonPath()
                                .getList("hits.id", String.class))
                        .containsExactly(id));
    }

    @Test
    void adminEndpointsNeedTheApiKeyWhileSearchesStayPublic() throws Exception {
        SeedIndex.ensureIndexed();
        String before = aliasTarget();

        assertThat(given().post("/api/admin/reindex")
                        .then()
                        .statusCode(401)
                        .contentType("application/problem+json")
                        .extract()
                        .jsonPath()
                        .getString("detail"))
                .isEqualTo("missing header " + AdminApiKeyFilter.HEADER);
        given().header(AdminApiKeyFilter.HEADER, adminKey + "x")
                .post("/api/admin/reindex")
                .then()
                .statusCode(401)
                .body("instance", org.hamcrest.Matchers.equalTo("/api/admin/reindex"))
                .body("parameter", org.hamcrest.Matchers.equalTo(AdminApiKeyFilter.HEADER));
        given().get("/api/admin/reindex").then().statusCode(401);

        assertThat(admin().get("/api/admin/reindex")
                        .then()
                        .statusCode(200)
                        .extract()
                        .jsonPath()
                        .getString("state"))
                .as("a refused request starts no reindex")
                .isNotEqualTo("RUNNING");
        assertThat(aliasTarget()).isEqualTo(before);
        assertThat(seedHits()).isPositive();
    }
}
