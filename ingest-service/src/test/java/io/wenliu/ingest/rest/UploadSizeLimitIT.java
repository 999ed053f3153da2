package io.wenliu.ingest.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.wenliu.ingest.drop.DropFolders;
import io.wenliu.ingest.support.ChunkedUpload;
import io.wenliu.ingest.support.DropFiles;
import io.wenliu.ingest.support.Ledger;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Too-large uploads over real HTTP, with and without Content-Length: always the JSON 413, nothing left behind, and the
 * next upload is accepted. Test limits: 200,000 bytes per file, 1 MiB per request body.
 */
@QuarkusTest
class UploadSizeLimitIT {

    private static final String KEY = "test-key";
    private static final long FILE_LIMIT = 200_000;
    private static final int BODY_LIMIT = 1024 * 1024;
    private static final String LIMIT_TEXT = "larger than the limit of " + FILE_LIMIT + " bytes";

    @TestHTTPResource("/api/documents")
    URI documents;

    @Inject
    DropFolders folders;

    @Test
    void testLimitsAreTheOnesThisTestAssumes() {
        assertThat(ConfigProvider.getConfig().getValue("wenliu.ingest.max-file-size", Long.class))
                .isEqualTo(FILE_LIMIT);
        assertThat(ConfigProvider.getConfig().getValue("quarkus.http.limits.max-body-size", String.class))
                .isEqualTo("1M");
    }

    @Test
    void rawUploadDeclaredJustOverTheFileLimitIsRefusedBeforeItIsRead() {
        String name = uniqueName();
        assertJson413(
                given().header("X-API-Key", KEY)
                        .header("X-File-Name", name)
                        .contentType("application/octet-stream")
                        .body(new byte[(int) FILE_LIMIT + 1])
                        .post("/api/documents"),
                "upload of 200001 bytes is " + LIMIT_TEXT);
        assertNothingLeftBehind(name);
        assertNextUploadAccepted();
    }

    @Test
    void uploadsDeclaredOverTheHttpBodyLimitGetTheJson413() {
        String raw = uniqueName();
        assertJson413(
                given().header("X-API-Key", KEY)
                        .header("X-File-Name", raw)
                        .contentType("application/octet-stream")
                        .body(new byte[BODY_LIMIT + 1])
                        .post("/api/documents"),
                "upload of " + (BODY_LIMIT + 1) + " bytes is " + LIMIT_TEXT);
        String multipart = uniqueName();
        // RestAssured sends multipart chunked; a byte[] body gets a Content-Length
        byte[] body = ChunkedUpload.multipartBody(multipart, new byte[BODY_LIMIT + 1]);
        assertJson413(
                given().header("X-API-Key", KEY)
                        .contentType(ChunkedUpload.MULTIPART_TYPE)
                        .body(body)
                        .post("/api/documents"),
                "upload of " + body.length + " bytes is " + LIMIT_TEXT);
        assertNothingLeftBehind(raw);
        assertNothingLeftBehind(multipart);
        assertNextUploadAccepted();
    }

    @Test
    void multipartFileJustOverTheFileLimitSaysItsSize() {
        String name = uniqueName();
        assertJson413(
                given().header("X-API-Key", KEY)
                        .multiPart("file", name, new byte[(int) FILE_LIMIT + 1])
                        .post("/api/documents"),
                "upload of 200001 bytes is " + LIMIT_TEXT);
        assertNothingLeftBehind(name);
        assertNextUploadAccepted();
    }

    @Test
    void chunkedRawUploadsOverTheFileLimitAreCutOff() {
        for (int size : new int[] {(int) FILE_LIMIT + 1, BODY_LIMIT + 100_000}) {
            String name = uniqueName();
            assertJson413(ChunkedUpload.raw(documents, KEY, name, new byte[size]), "file is " + LIMIT_TEXT);
            assertNothingLeftBehind(name);
        }
        assertNextUploadAccepted();
    }

    /** Between the limits the form is parsed and the file's size is known; over the body limit the parser stops. */
    @ParameterizedTest
    @CsvSource({
        "300000, upload of 300000 bytes is larger than the limit of 200000 bytes",
        "1148576, file is larger than the limit of 200000 bytes"
    })
    void chunkedMultipartUploadsGetTheJson413(int size, String message) {
        String name = uniqueName();
        HttpResponse<String> response = ChunkedUpload.multipart(documents, KEY, name, new byte[size]);

        assertJson413(response, message);
        assertNothingLeftBehind(name);
        assertNextUploadAccepted();
    }

    private static void assertJson413(Response response, String message) {
        response.then()
                .statusCode(413)
                .contentType("application/problem+json")
                .body("type", equalTo("https://wenliu.io/problems/payload-too-large"))
                .body("status", equalTo(413))
                .body("title", equalTo("Payload Too Large"))
                .body("detail", equalTo(message))
                .body("instance", equalTo("/api/documents"));
    }

    private static void assertJson413(HttpResponse<String> response, String message) {
        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        JsonPath body = JsonPath.from(response.body());
        assertThat(body.getInt("status")).isEqualTo(413);
        assertThat(body.getString("type")).isEqualTo("https://wenliu.io/problems/payload-too-large");
        assertThat(body.getString("title")).isEqualTo("Payload Too Large");
        assertThat(body.getString("detail")).isEqualTo(message);
    }

    /**
     * No claimed file right after the answer (a leftover would be resumed by the next rescan), no ledger row and, once
     * the request has ended, no multipart temp file.
     */
    private void assertNothingLeftBehind(String name) {
        // files of other uploads move on while the folder is walked: retry the walk, not the assertion
        List<Path> claimed = await().ignoreExceptions().until(() -> filesUnder(folders.claimed()), files -> true);
        assertThat(claimed).noneMatch(f -> f.getFileName().toString().equals(name));
        assertThat(Ledger.documentNamed(name)).isEmpty();
        Path uploads =
                Path.of(ConfigProvider.getConfig().getValue("quarkus.http.body.uploads-directory", String.class));
        await().atMost(Duration.ofSeconds(10))
                .ignoreExceptions()
                .untilAsserted(() -> assertThat(filesUnder(uploads)).isEmpty());
    }

    private static void assertNextUploadAccepted() {
        String text = DropFiles.uniqueArticle("限额之后的上传");
        given().header("X-API-Key", KEY)
                .multiPart("file", uniqueName(), text.getBytes(StandardCharsets.UTF_8))
                .post("/api/documents")
                .then()
                .statusCode(202)
                .body("status", equalTo("RECEIVED"));
    }

    private static List<Path> filesUnder(Path dir) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String uniqueName() {
        return "size-limit-" + UUID.randomUUID() + ".txt";
    }
}
