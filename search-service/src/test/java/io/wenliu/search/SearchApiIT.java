package io.wenliu.search;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.wenliu.search.support.SeedArticles;
import io.wenliu.search.support.SeedIndex;
import io.wenliu.search.support.TestServers;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The REST API's contract: response shapes, bad parameters, literal handling of query syntax, docs and health. */
@QuarkusTest
@QuarkusTestResource(TestServers.class)
class SearchApiIT {

    @BeforeEach
    void indexSeeds() {
        SeedIndex.ensureIndexed();
    }

    @Test
    void searchAnswersWithHitsFacetsAndPaging() {
        given().queryParam("q", "疫情防控")
                .queryParam("source", SeedArticles.SOURCE)
                .queryParam("size", 2)
                .queryParam("page", 2)
                .queryParam("sort", "date")
                .get("/api/search")
                .then()
                .statusCode(200)
                .body("total", equalTo(5))
                .body("page", equalTo(2))
                .body("hits.size()", equalTo(2))
                .body("hits[0].id", notNullValue())
                .body("hits[0].title", notNullValue())
                .body("hits[0].source", equalTo(SeedArticles.SOURCE))
                .body("hits[0].date", equalTo("2020-03-12"))
                .body("hits[0].highlights.body[0]", containsString("<em>"))
                .body("facets.sources[0].value", equalTo(SeedArticles.SOURCE))
                .body("facets.keySet()", hasItems("persons", "places", "organizations", "keywords"))
                .body("timeline.interval", equalTo("month"))
                .body("timeline.periods[0].start", equalTo("2020-03"))
                .body("timeline.periods[0].count", equalTo(5))
                .body("timeline.undated", equalTo(0));
    }

    @Test
    void entityPageCountsTheArticlesAndTheEntitiesSeenWithItUnderItsCanonicalName() {
        // other test classes index articles naming 习近平 into the same index: count through the search filter
        int mentioning = given().queryParam("person", "习近平")
                .get("/api/search")
                .then()
                .extract()
                .path("total");
        assertThat(mentioning).isGreaterThanOrEqualTo((int) SeedArticles.all().stream()
                .filter(seed -> seed.body().contains("习近平"))
                .count());

        given().get("/api/entities/person/习近平总书记")
                .then()
                .statusCode(200)
                .body("type", equalTo("person"))
                .body("name", equalTo("习近平"))
                .body("articles", equalTo(mentioning))
                .body("timeline.periods[0].start", equalTo("2020-03"))
                .body("related.persons.value", hasItems("邱海波"))
                .body("related.persons.value", not(hasItems("习近平")))
                .body("forms", hasItems("习近平"))
                .body("latest.size()", equalTo(Math.min(mentioning, 10)));
    }

    @Test
    void exportWritesEveryMatchAcrossPagesOfAPointInTime() throws Exception {
        // export-batch is 2 in tests: the 5 seed articles take three pages
        String ndjson = given().queryParam("source", SeedArticles.SOURCE)
                .get("/api/search/export")
                .then()
                .statusCode(200)
                .contentType(containsString("application/x-ndjson"))
                .extract()
                .asString();
        List<JsonNode> articles = new ArrayList<>();
        for (String line : ndjson.strip().split("\n")) {
            articles.add(new ObjectMapper().readTree(line));
        }
        assertThat(articles)
                .extracting(a -> a.get("articleId").asText())
                .containsExactlyInAnyOrderElementsOf(SeedArticles.all().stream()
                        .map(SeedArticles.Seed::articleId)
                        .toList());
        assertThat(articles.get(0).get("body").asText()).isNotBlank();
        assertThat(articles.get(0).get("date").asText()).isEqualTo("2020-03-12");

        String csv = given().queryParam("source", SeedArticles.SOURCE)
                .queryParam("q", "邱海波")
                .queryParam("format", "csv")
                .get("/api/search/export")
                .then()
                .statusCode(200)
                .contentType(containsString("text/csv"))
                .extract()
                .asString();
        String[] rows = csv.split("\r\n");
        assertThat(rows[0]).startsWith("\uFEFF\"articleId\",\"title\"");
        assertThat(rows).hasSize(2);
        assertThat(rows[1]).startsWith("\"seed-000\"");
    }

    @ParameterizedTest
    @ValueSource(strings = {"relevance", "date"})
    void theNextCursorPagesThroughEveryMatchOnce(String sort) {
        List<String> ids = new ArrayList<>();
        String after = null;
        for (int pages = 0; pages < 10; pages++) {
            var request = given().queryParam("q", "疫情防控")
                    .queryParam("source", SeedArticles.SOURCE)
                    .queryParam("sort", sort)
                    .queryParam("size", 2);
            if (after != null) {
                request.queryParam("after", after);
            }
            JsonPath page =
                    request.get("/api/search").then().statusCode(200).extract().jsonPath();
            ids.addAll(page.getList("hits.id", String.class));
            after = page.getString("next");
            if (after == null) {
                break;
            }
        }
        assertThat(ids).doesNotHaveDuplicates().hasSize(5);
    }

    @Test
    void aCursorIsNotMixedWithPagesOrForged() {
        given().queryParam("after", "not-a-cursor")
                .get("/api/search")
                .then()
                .statusCode(400)
                .body("parameter", equalTo("after"));
        String next = given().queryParam("source", SeedArticles.SOURCE)
                .queryParam("size", 2)
                .get("/api/search")
                .then()
                .extract()
                .path("next");
        given().queryParam("source", SeedArticles.SOURCE)
                .queryParam("after", next)
                .queryParam("page", 2)
                .get("/api/search")
                .then()
                .statusCode(400)
                .body("parameter", equalTo("page"));
    }

    @Test
    void exportRefusesAnUnknownFormat() {
        given().queryParam("format", "xlsx")
                .get("/api/search/export")
                .then()
                .statusCode(400)
                .body("parameter", equalTo("format"));
    }

    @Test
    void entityPageOfAnUnknownEntityOrTypeIsAClearError() {
        given().get("/api/entities/person/无此人").then().statusCode(404).body("parameter", equalTo("name"));
        given().get("/api/entities/thing/习近平").then().statusCode(400).body("parameter", equalTo("type"));
    }

    @Test
    void aDateRangeOfAFewWeeksIsShownDayByDay() {
        given().queryParam("source", SeedArticles.SOURCE)
                .queryParam("from", "2020-03-01")
                .queryParam("to", "2020-03-31")
                .get("/api/search")
                .then()
                .statusCode(200)
                .body("timeline.interval", equalTo("day"))
                .body("timeline.periods[0].start", equalTo("2020-03-12"))
                .body("timeline.periods[0].count", equalTo(5));
    }

    @ParameterizedTest
    @CsvSource({"2020-03-12,2020-03-12,5", "2020-03-13,,0", ",2020-03-11,0", ",2020-12-31,5"})
    void dateRangeFiltersOnThePublicationDate(String from, String to, int expected) {
        given().queryParam("source", SeedArticles.SOURCE)
                .queryParam("from", from == null ? "" : from)
                .queryParam("to", to == null ? "" : to)
                .get("/api/search")
                .then()
                .statusCode(200)
                .body("total", equalTo(expected));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "size|101|size must be between 1 and 100",
                "size|abc|size must be a whole number",
                "page|0|page must be 1 or more",
                "from|2020-13-01|from must be a date",
                "sort|newest|sort must be 'relevance' or 'date'",
                "q|\"疫情防控|unbalanced quotation mark"
            })
    void badParametersGet400WithAClearMessage(String name, String value, String message) {
        given().queryParam(name, value)
                .get("/api/search")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("https://wenliu.io/problems/invalid-parameter"))
                .body("title", equalTo("Invalid parameter"))
                .body("status", equalTo(400))
                .body("parameter", equalTo(name))
                .body("detail", containsString(message))
                .body("instance", equalTo("/api/search"))
                .body("keySet()", containsInAnyOrder("type", "title", "status", "detail", "instance", "parameter"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"*", "*:*", "source:种子测试", "(", "\\", "疫情 OR 复工复产", "{\"match_all\":{}}"})
    void querySyntaxIsSearchedLiterallyNeverExecuted(String q) {
        // none of these may widen the search: the seeds contain none of these terms literally as a whole
        given().queryParam("q", q.replace("\"", ""))
                .queryParam("source", SeedArticles.SOURCE)
                .get("/api/search")
                .then()
                .statusCode(200)
                .body("total", equalTo(0));
    }

    @ParameterizedTest
    @ValueSource(strings = {"(疫情防控)", "疫情防控:", "\\疫情防控*"})
    void punctuationAroundRealWordsIsIgnoredNotInterpreted(String q) {
        given().queryParam("q", q)
                .queryParam("source", SeedArticles.SOURCE)
                .get("/api/search")
                .then()
                .statusCode(200)
                .body("total", equalTo(5));
    }

    @Test
    void articleHasTextEnrichmentAndProvenanceButNoInternalFields() {
        given().get("/api/articles/seed-000")
                .then()
                .statusCode(200)
                .body("id", equalTo("seed-000"))
                .body("sourceFile", equalTo("seed-000.txt"))
                .body("documentId", notNullValue())
                .body("body", containsString("邱海波"))
                .body("enrichment.entities.text", hasItem("邱海波"))
                .body("persons", hasItem("习近平"))
                .body("bodyWords", nullValue())
                .body("suggestTitles", nullValue());
        given().get("/api/articles/no-such-article")
                .then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("https://wenliu.io/problems/not-found"))
                .body("parameter", equalTo("id"))
                .body("detail", containsString("no-such-article"));
    }

    @Test
    void similarArticlesExcludeTheArticleItself() {
        given().get("/api/articles/seed-000/similar")
                .then()
                .statusCode(200)
                .body("hits.size()", greaterThan(0))
                .body("hits.id", everyItem(not(equalTo("seed-000"))));
    }

    @Test
    void refusalsAreDocumentedAsProblemsInOpenApi() {
        given().queryParam("format", "json")
                .get("/q/openapi")
                .then()
                .statusCode(200)
                .body(
                        "paths.'/api/search'.get.responses.'400'.'$ref'",
                        equalTo("#/components/responses/InvalidParameter"))
                .body(
                        "paths.'/api/articles/{id}'.get.responses.'404'.'$ref'",
                        equalTo("#/components/responses/NotFound"))
                .body(
                        "components.responses.InvalidParameter.content.'application/problem+json'.schema.'$ref'",
                        equalTo("#/components/schemas/HttpProblem"))
                .body(
                        "components.schemas.HttpProblem.properties.keySet()",
                        hasItems("type", "title", "status", "detail", "instance"));
    }

    @Test
    void openApiSwaggerHealthMetricsAndPageAreServed() {
        given().get("/q/openapi")
                .then()
                .statusCode(200)
                .body(containsString("/api/search"))
                .body(containsString("adminApiKey"))
                .body(containsString("X-API-Key"));
        given().get("/q/swagger-ui/").then().statusCode(200);
        given().get("/q/health/ready")
                .then()
                .statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItems("OpenSearch", "live index", "kafka"))
                .body("checks.find { it.name == 'kafka' }.data.reachable", equalTo(true));
        String metrics =
                given().get("/q/metrics").then().statusCode(200).extract().asString();
        assertThat(metrics)
                .contains("wenliu_search_documents_total", "wenliu_search_bulk_seconds", "wenliu_search_retries_total")
                .contains("wenliu_search_queue_seconds", "wenliu_search_refresh_seconds");
        given().get("/")
                .then()
                .statusCode(200)
                .body(containsString("charset=\"UTF-8\""))
                .body(containsString("文流"));
    }
}
