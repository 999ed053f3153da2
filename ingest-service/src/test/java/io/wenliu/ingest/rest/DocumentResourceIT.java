package io.wenliu.ingest.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.config.HttpClientConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.response.Response;
import io.wenliu.ingest.events.Topics;
import io.wenliu.ingest.extract.TestDocuments;
import io.wenliu.ingest.support.DropFiles;
import io.wenliu.ingest.support.TopicReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.apache.http.entity.mime.HttpMultipartMode;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** The documents API against real Kafka and PostgreSQL. */
@QuarkusTest
class DocumentResourceIT {

    private static final String KEY = "test-key";
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    /** The trace of the client that uploads (W3C traceparent). */
    private static final String CLIENT_TRACE = "4bf92f3577b34da6a3ce929d0e0e4736";

    @Test
    void multipartUploadIsAcceptedProcessedAndPublished() {
        String text = DropFiles.uniqueArticle("上传的文章");
        Response accepted = given().config(RestAssuredConfig.config()
                        .httpClient(HttpClientConfig.httpClientConfig()
                                .httpMultipartMode(HttpMultipartMode.BROWSER_COMPATIBLE)))
                .header("X-API-Key", KEY)
                .header("traceparent", "00-" + CLIENT_TRACE + "-00f067aa0ba902b7-01")
                .contentType("multipart/form-data; charset=UTF-8")
                .multiPart("file", "上传 文章.txt", text.getBytes(StandardCharsets.UTF_8), "text/plain")
                .when()
                .post("/api/documents");
        accepted.then().statusCode(202).body("status", equalTo("RECEIVED")).body("statusUrl", notNullValue());
        String id = accepted.path("id");
        assertThat(accepted.header("Location")).endsWith("/api/documents/" + id);

        awaitDocumentStatus(id, "PROCESSED");
        Response status = given().get("/api/documents/" + id);
        status.then()
                .statusCode(200)
                .body("sourceFile", equalTo("上传 文章.txt"))
                .body("origin", equalTo("UPLOAD"))
                .body("receivedAt", notNullValue())
                .body("finishedAt", notNullValue())
                .body("articles.size()", equalTo(1));
        String articleId = status.path("articles[0].id");
        try (TopicReader topic = TopicReader.open(Topics.ARTICLES_INGESTED)) {
            ConsumerRecord<String, String> event = topic.await(
                            1, e -> articleId.equals(e.path("articleId").asText()))
                    .get(0);
            assertThat(TopicReader.header(event, "traceparent"))
                    .as("the event continues the uploader's trace")
                    .matches("00-" + CLIENT_TRACE + "-[0-9a-f]{16}-01")
                    .doesNotContain("00f067aa0ba902b7");
        }
        await().atMost(TIMEOUT)
                .untilAsserted(() -> given().get("/api/documents/" + id)
                        .then()
                        .body("articles[0].status", equalTo("PUBLISHED"))
                        .body("articles[0].publishedAt", notNullValue()));
    }

    @Test
    void rawUploadTakesTheNameFromHeaderOrQuery() {
        String fromHeader = given().header("X-API-Key", KEY)
                .header("X-File-Name", "%E6%96%B0%E5%8D%8E%E7%A4%BE%20%E7%94%B5.txt")
                .contentType("application/octet-stream")
                .body(DropFiles.uniqueArticle("原始正文").getBytes(StandardCharsets.UTF_8))
                .post("/api/documents")
                .then()
                .statusCode(202)
                .extract()
                .path("id");
        String fromQuery = given().header("X-API-Key", KEY)
                .queryParam("filename", "page.html")
                .contentType("text/html")
                .body("<html><body><h1>标题</h1><p>" + DropFiles.uniqueArticle("网页正文") + "</p></body></html>")
                .post("/api/documents")
                .then()
                .statusCode(202)
                .extract()
                .path("id");

        awaitDocumentStatus(fromHeader, "PROCESSED");
        awaitDocumentStatus(fromQuery, "PROCESSED");
        given().get("/api/documents/" + fromHeader).then().body("sourceFile", equalTo("新华社 电.txt"));
        given().get("/api/documents/" + fromQuery).then().body("contentType", notNullValue());
    }

    @Test
    void docxAndPdfUploadsGoThroughTika() throws Exception {
        String docx = upload("report.docx", TestDocuments.docx("标题", DropFiles.uniqueArticle("文档正文")));
        String pdf = upload("scan.pdf", TestDocuments.pdf(null));

        awaitDocumentStatus(docx, "PROCESSED");
        awaitDocumentStatus(pdf, "FAILED");
        given().get("/api/documents/" + pdf).then().body("error.reason", equalTo("NO_TEXT"));
    }

    @Test
    void refusalsAreDocumentedAsProblemsInOpenApi() {
        given().queryParam("format", "json")
                .get("/q/openapi")
                .then()
                .statusCode(200)
                .body(
                        "paths.'/api/documents'.post.responses.'401'.'$ref'",
                        equalTo("#/components/responses/Unauthorized"))
                .body(
                        "components.responses.Unauthorized.content.'application/problem+json'.schema.'$ref'",
                        equalTo("#/components/schemas/HttpProblem"))
                .body(
                        "paths.'/api/documents/{id}'.get.responses.'404'.'$ref'",
                        equalTo("#/components/responses/NotFound"))
                .body(
                        "components.responses.NotFound.content.'application/problem+json'.schema.'$ref'",
                        equalTo("#/components/schemas/HttpProblem"));
    }

    @Test
    void uploadsNeedTheApiKey() {
        given().multiPart("file", "a.txt", new byte[] {1})
                .post("/api/documents")
                .then()
                .statusCode(401)
                .contentType("application/problem+json")
                .body("type", equalTo("https://wenliu.io/problems/unauthorized"))
                .body("title", equalTo("Unauthorized"))
                .body("parameter", equalTo("X-API-Key"))
                .body("instance", equalTo("/api/documents"))
                .body("detail", equalTo("missing header X-API-Key"));
        given().header("X-API-Key", "wrong")
                .multiPart("file", "a.txt", new byte[] {1})
                .post("/api/documents")
                .then()
                .statusCode(401);
        given().header("X-API-Key", "wrong")
                .delete("/api/documents/" + UUID.randomUUID())
                .then()
                .statusCode(401);
    }

    @Test
    void badUploadsGetA4xxWithAMessage() {
        given().header("X-API-Key", KEY)
                .multiPart("file", "tool.exe", new byte[] {1, 2})
                .post("/api/documents")
                .then()
                .statusCode(415)
                .body("status", equalTo(415))
                .body("type", equalTo("https://wenliu.io/problems/unsupported-media-type"))
                .body("detail", notNullValue());
        given().header("X-API-Key", KEY)
                .multiPart("file", "big.txt", new byte[200_001])
                .post("/api/documents")
                .then()
                .statusCode(413)
                .body("parameter", equalTo("file"))
                .body("detail", notNullValue());
        given().header("X-API-Key", KEY)
                .header("X-File-Name", "big.txt")
                .contentType("application/octet-stream")
                .body(new byte[200_001])
                .post("/api/documents")
                .then()
                .statusCode(413);
        given().header("X-API-Key", KEY)
                .header("X-File-Name", "../../etc/passwd.txt")
                .contentType("application/octet-stream")
                .body(new byte[] {65})
                .post("/api/documents")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("https://wenliu.io/problems/bad-file-name"))
                .body("parameter", equalTo("filename"))
                .body("instance", equalTo("/api/documents"))
                .body("detail", notNullValue());
        given().header("X-API-Key", KEY)
                .contentType("application/octet-stream")
                .body(new byte[] {65})
                .post("/api/documents")
                .then()
                .statusCode(400);
        given().header("X-API-Key", KEY)
                .multiPart("file", "empty.txt", new byte[0])
                .post("/api/documents")
                .then()
                .statusCode(400);
        given().header("X-API-Key", KEY)
                .multiPart("other", "x.txt", new byte[] {65})
                .post("/api/documents")
                .then()
                .statusCode(400);
        given().get("/api/documents/not-a-uuid").then().statusCode(400);
        given().get("/api/documents/" + UUID.randomUUID())
                .then()
                .statusCode(404)
                .body("status", equalTo(404));
        given().get("/api/documents?status=NOPE").then().statusCode(400);
        given().get("/api/documents?size=0").then().statusCode(400);
    }

    @Test
    void undecodableUploadIsRecordedAsFailed() {
        String id = upload("garbage.txt", new byte[] {0, (byte) 0x80, (byte) 0xFF, 1, 2, (byte) 0xC3, 0x28});

        awaitDocumentStatus(id, "FAILED");
        given().get("/api/documents/" + id)
                .then()
                .body("error.reason", equalTo("UNDECODABLE"))
                .body("error.message", notNullValue());
    }

    @Test
    void listFiltersByStatusAndPages() {
        String failed = upload("list-empty-" + UUID.randomUUID() + ".md", " \n ".getBytes(StandardCharsets.UTF_8));
        awaitDocumentStatus(failed, "FAILED");

        List<String> failedIds = given().get("/api/documents?status=failed&size=200")
                .then()
                .statusCode(200)
                .body("page", equalTo(0))
                .extract()
                .path("items.id");
        assertThat(failedIds).contains(failed);
        List<String> statuses =
                given().get("/api/documents?status=FAILED&size=200").path("items.status");
        assertThat(statuses).containsOnly("FAILED");
        given().get("/api/documents?page=0&size=1").then().statusCode(200).body("items.size()", equalTo(1));
    }

    @Test
    void deletePublishesArticleDeleted() {
        String id = upload("delete-me.txt", DropFiles.uniqueArticle("删除测试").getBytes(StandardCharsets.UTF_8));
        awaitDocumentStatus(id, "PROCESSED");
        String articleId = given().get("/api/documents/" + id).path("articles[0].id");

        given().header("X-API-Key", KEY)
                .delete("/api/documents/" + id)
                .then()
                .statusCode(200)
                .body("status", equalTo("DELETED"))
                .body("deletedArticles", equalTo(1));

        try (TopicReader topic = TopicReader.open(Topics.ARTICLES_INGESTED)) {
            List<ConsumerRecord<String, String>> events =
                    topic.await(2, e -> articleId.equals(e.path("articleId").asText()));
            JsonNode deleted = TopicReader.json(events.get(1).value());
            assertThat(deleted.path("eventType").asText()).isEqualTo("ArticleDeleted");
        }
        given().get("/api/documents/" + id)
                .then()
                .body("status", equalTo("DELETED"))
                .body("articles[0].status", equalTo("DELETED"));
        given().header("X-API-Key", KEY).delete("/api/documents/" + id).then().statusCode(200);
    }

    private static String upload(String name, byte[] content) {
        return given().header("X-API-Key", KEY)
                .multiPart("file", name, content)
                .post("/api/documents")
                .then()
                .statusCode(202)
                .extract()
                .path("id");
    }

    private static void awaitDocumentStatus(String id, String status) {
        await().atMost(TIMEOUT)
                .untilAsserted(() -> given().get("/api/documents/" + id).then().body("status", equalTo(status)));
    }
}
