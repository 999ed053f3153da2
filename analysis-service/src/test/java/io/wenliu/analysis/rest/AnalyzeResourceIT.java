package io.wenliu.analysis.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code POST /api/analyze} and readiness, on the running service. */
@QuarkusTest
class AnalyzeResourceIT {
    private static final String TEXT =
            "新华社北京3月12日电 习近平总书记在北京考察疫情防控工作。" + "他强调，要统筹推进疫情防控和经济社会发展，坚决打赢疫情防控阻击战！上海铁路局党委组织党员突击队复工复产。";

    @BeforeEach
    void ready() {
        await().atMost(Duration.ofSeconds(90))
                .untilAsserted(() -> given().get("/q/health/ready").then().statusCode(200));
    }

    @Test
    void plainTextReturnsEnrichmentWithOffsetsIntoTheText() {
        JsonPath json = given().contentType("text/plain; charset=UTF-8")
                .body(TEXT)
                .post("/api/analyze")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();

        List<Map<String, Object>> entities = json.getList("entities");
        assertThat(entities)
                .extracting(e -> e.get("text") + "/" + e.get("type"))
                .contains("习近平/PERSON", "北京/LOCATION", "上海铁路局党委/ORGANIZATION");
        for (Map<String, Object> e : entities) {
            @SuppressWarnings("unchecked")
            List<List<Integer>> offsets = (List<List<Integer>>) e.get("offsets");
            assertThat(offsets).hasSize((Integer) e.get("count"));
            for (List<Integer> span : offsets) {
                assertThat(TEXT.substring(span.get(0), span.get(1))).isEqualTo(e.get("text"));
            }
        }
        assertThat(json.getList("keywords.term", String.class)).contains("疫情防控").allMatch(t -> t.length() > 1);
        assertThat(json.getList("summary", String.class))
                .hasSizeLessThanOrEqualTo(3)
                .allMatch(s -> s.endsWith("。") || s.endsWith("！") || s.endsWith("？"));
        assertThat(json.getString("language")).isEqualTo("zh");
        assertThat(json.getString("script")).isEqualTo("zh-Hans");
        assertThat(json.getInt("charCount")).isEqualTo(TEXT.replace(" ", "").length());
    }

    @Test
    void jsonBodyGivesTheSameEnrichmentAsPlainText() {
        String plain = given().contentType("text/plain; charset=UTF-8")
                .body(TEXT)
                .post("/api/analyze")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        String json = given().contentType("application/json")
                .body(Map.of("title", "标题", "text", TEXT))
                .post("/api/analyze")
                .then()
                .statusCode(200)
                .extract()
                .asString();

        assertThat(json).isEqualTo(plain);
    }

    @Test
    void traditionalScriptIsDetected() {
        String script = given().contentType("text/plain; charset=UTF-8")
                .body("這個國家的經濟發展與時俱進，們說會來。")
                .post("/api/analyze")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getString("script");

        assertThat(script).isEqualTo("zh-Hant");
    }

    @Test
    void refusalsAreDocumentedAsProblemsInOpenApi() {
        given().queryParam("format", "json")
                .get("/q/openapi")
                .then()
                .statusCode(200)
                .body(
                        "paths.'/api/analyze'.post.responses.'413'.'$ref'",
                        org.hamcrest.Matchers.equalTo("#/components/responses/TextTooLarge"))
                .body(
                        "components.responses.TextTooLarge.content.'application/problem+json'.schema.'$ref'",
                        org.hamcrest.Matchers.equalTo("#/components/schemas/HttpProblem"));
    }

    @Test
    void emptyTextIsABadRequest() {
        given().contentType("text/plain")
                .body(" ")
                .post("/api/analyze")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", org.hamcrest.Matchers.equalTo("https://wenliu.io/problems/invalid-parameter"))
                .body("status", org.hamcrest.Matchers.equalTo(400))
                .body("parameter", org.hamcrest.Matchers.equalTo("text"))
                .body("detail", org.hamcrest.Matchers.equalTo("text is empty"));
    }

    @Test
    void badRequestsGetAJsonErrorSayingWhatWasWrongAndTheServiceGoesOn() {
        given().contentType("application/json")
                .body("{\"title\": \"x\", \"text\": ")
                .post("/api/analyze")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", org.hamcrest.Matchers.equalTo("https://wenliu.io/problems/invalid-body"))
                .body("detail", org.hamcrest.Matchers.startsWith("the body is not the expected JSON"));
        given().contentType("application/json")
                .body("[1, 2]")
                .post("/api/analyze")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
        given().contentType("text/plain; charset=UTF-8")
                .body("疫".repeat(50_001))
                .post("/api/analyze")
                .then()
                .statusCode(413)
                .contentType("application/problem+json")
                .body("title", org.hamcrest.Matchers.equalTo("Text too large"))
                .body("detail", org.hamcrest.Matchers.containsString("50001 characters"));
        given().contentType("image/png")
                .body(new byte[] {1, 2, 3})
                .post("/api/analyze")
                .then()
                .statusCode(415)
                .contentType("application/problem+json")
                .body("status", org.hamcrest.Matchers.equalTo(415))
                .body("title", org.hamcrest.Matchers.equalTo("Unsupported Media Type"));

        given().contentType("text/plain; charset=UTF-8")
                .body(TEXT)
                .post("/api/analyze")
                .then()
                .statusCode(200);
    }
}
