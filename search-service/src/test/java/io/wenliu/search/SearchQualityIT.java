package io.wenliu.search;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.wenliu.search.support.SeedArticles;
import io.wenliu.search.support.SeedArticles.Seed;
import io.wenliu.search.support.SeedIndex;
import io.wenliu.search.support.TestServers;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Search quality on the seed articles, fed through real Kafka into real OpenSearch (issue item 6). */
@QuarkusTest
@QuarkusTestResource(TestServers.class)
class SearchQualityIT {

    private static final String PHRASE = "党旗在疫情防控斗争第一线高高飘扬";

    private List<Seed> seeds;

    @BeforeEach
    void indexSeeds() {
        seeds = SeedIndex.ensureIndexed();
    }

    private static JsonPath search(String q, String... filters) {
        var request = given().queryParam("q", q).queryParam("source", SeedArticles.SOURCE);
        for (int i = 0; i + 1 < filters.length; i += 2) {
            request = request.queryParam(filters[i], filters[i + 1]);
        }
        return request.get("/api/search").then().statusCode(200).extract().jsonPath();
    }

    private static List<String> ids(JsonPath result) {
        return result.getList("hits.id", String.class);
    }

    @Test
    void epidemicControlFindsEverySeed() {
        assertThat(ids(search("疫情防控")))
                .containsExactlyInAnyOrderElementsOf(
                        seeds.stream().map(Seed::articleId).toList());
    }

    @Test
    void resumptionOfWorkRanksThe002ArticleFirst() {
        assertThat(ids(search("复工复产"))).first().isEqualTo("seed-002");
    }

    @Test
    void quotedPhraseFindsExactlyTheArticlesContainingIt() {
        List<String> expected = seeds.stream()
                .filter(s -> s.body().contains(PHRASE) || s.title().contains(PHRASE))
                .map(Seed::articleId)
                .toList();
        assertThat(expected).isNotEmpty();
        assertThat(ids(search("\"" + PHRASE + "\""))).containsExactlyInAnyOrderElementsOf(expected);
        // the same characters in another order are not the phrase
        assertThat(search("\"高高飘扬党旗在疫情防控斗争第一线\"").getInt("total")).isZero();
    }

    @Test
    void personNameFinds000AndHighlightsIt() {
        JsonPath result = search("邱海波");
        assertThat(ids(result)).contains("seed-000");
        int index = ids(result).indexOf("seed-000");
        List<String> snippets = result.getList("hits[" + index + "].highlights.body", String.class);
        assertThat(String.join("", snippets)).contains("<em>邱海波</em>");
    }

    @Test
    void personFacetCountsArticlesMentioningXiJinping() {
        long expected = seeds.stream().filter(s -> s.body().contains("习近平")).count();
        List<Map<String, Object>> persons = search("").getList("facets.persons");
        assertThat(persons).contains(Map.of("value", "习近平", "count", (int) expected));
        assertThat(search("", "person", "邱海波").getList("hits.id", String.class)).containsExactly("seed-000");
    }

    @Test
    void traditionalScriptFindsTheSameArticlesAsSimplified() {
        List<String> simplified = ids(search("复工复产"));
        assertThat(simplified).isNotEmpty();
        assertThat(ids(search("復工復產"))).isEqualTo(simplified);
        assertThat(ids(search("\"黨旗在疫情防控鬥爭第一線高高飄揚\""))).isEqualTo(ids(search("\"" + PHRASE + "\"")));
    }

    @Test
    void allTermsAreRequired() {
        assertThat(ids(search("邱海波 复工复产"))).isEmpty();
        assertThat(ids(search("邱海波 疫情防控"))).containsExactly("seed-000");
    }

    @Test
    void chinesePrefixesComplete() {
        List<String> texts = given().queryParam("q", "疫情")
                .get("/api/suggest")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("text", String.class);
        assertThat(texts).contains("疫情防控");
        assertThat(given().queryParam("q", "邱海").get("/api/suggest").jsonPath().getList("text", String.class))
                .contains("邱海波");
        assertThat(given().queryParam("q", "復工").get("/api/suggest").jsonPath().getList("text", String.class))
                .contains("复工复产");
    }
}
