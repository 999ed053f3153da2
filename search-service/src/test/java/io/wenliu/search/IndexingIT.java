package io.wenliu.search;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.wenliu.platform.segment.IntBigrams;
import io.wenliu.search.events.Topics;
import io.wenliu.search.support.EnrichedEvents;
import io.wenliu.search.support.TestKafka;
import io.wenliu.search.support.TestServers;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.ansj.library.DATDictionary;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.opensearch.client.opensearch.OpenSearchClient;

/** articles.enriched through real Kafka into real OpenSearch: indexing, versioning, deletion, DLQ, articles.indexed. */
@QuarkusTest
@QuarkusTestResource(TestServers.class)
class IndexingIT {

    private static final Duration WAIT = Duration.ofSeconds(60);

    @Inject
    OpenSearchClient openSearch;

    private static String uniqueWord() {
        return "测试" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static JsonPath search(String q) {
        return given().queryParam("q", q)
                .get("/api/search")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    /** Sends an article without a year whose body holds a fresh marker, waits until it is searchable, returns the marker. */
    private static String indexWithoutYear(String title, String text) {
        String id = "it-" + UUID.randomUUID();
        String marker = uniqueWord();
        TestKafka.send(
                Topics.ARTICLES_ENRICHED, id, EnrichedEvents.withoutYear(id, title, "正文 " + marker + " " + text));
        await().atMost(WAIT)
                .untilAsserted(() -> assertThat(search(marker).getInt("total")).isEqualTo(1));
        return marker;
    }

    @Test
    void enrichedEventBecomesSearchableAndIsAnnouncedOnArticlesIndexed() {
        String id = "it-" + UUID.randomUUID();
        String marker = uniqueWord();
        TestKafka.send(
                Topics.ARTICLES_ENRICHED,
                id,
                EnrichedEvents.enriched(
                        id,
                        5,
                        "疫情防控标题",
                        "正文 " + marker + " 疫情防控工作。",
                        "新华社",
                        "2020-03-12",
                        List.of("习近平"),
                        List.of("疫情防控")));

        await().atMost(WAIT)
                .untilAsserted(() -> assertThat(search(marker).getInt("total")).isEqualTo(1));
        JsonPath result = search(marker);
        assertThat(result.getString("hits[0].id")).isEqualTo(id);
        assertThat(result.getString("hits[0].date")).isEqualTo("2020-03-12");
        assertThat(result.getString("hits[0].printedDate")).isEqualTo("3月12日");
        assertThat(result.getString("hits[0].yearSource")).isEqualTo("configured");

        await().atMost(WAIT).untilAsserted(() -> assertThat(indexedEvents(id)).isNotEmpty());
        ConsumerRecord<String, byte[]> indexed = indexedEvents(id).get(0);
        assertThat(TestKafka.header(indexed, "ce_type")).isEqualTo("io.wenliu.ArticleIndexed.v1");
        assertThat(TestKafka.header(indexed, "ce_source")).isEqualTo("/wenliu/search-service");
        assertThat(TestKafka.header(indexed, "ce_specversion")).isEqualTo("1.0");
        assertThat(TestKafka.header(indexed, "content-type")).isEqualTo("application/json");
        JsonPath event = JsonPath.from(new String(indexed.value(), StandardCharsets.UTF_8));
        assertThat(event.getString("eventId")).isEqualTo(TestKafka.header(indexed, "ce_id"));
        assertThat(event.getLong("version")).isEqualTo(5);
        assertThat(event.getString("payload.index")).startsWith("articles-v");
        assertThat(event.getBoolean("payload.deleted")).isFalse();
    }

    @Test
    void bodiesAreSegmentedWithTheCompactBigramTables() {
        indexWithoutYear("紧凑表标题", "中国经济发展。");

        // the live index preparation compacts them before the first batch is consumed
        assertThat(DATDictionary.getItem("中国").bigramEntryMap).isInstanceOf(IntBigrams.class);
    }

    @Test
    void aDateWithoutAYearIsShownAsPrintedAndNotPlacedInAnyYear() {
        String marker = indexWithoutYear("无年份标题", "疫情防控工作。");

        JsonPath result = search(marker);
        assertThat(result.getString("hits[0].date")).isNull();
        assertThat(result.getString("hits[0].printedDate")).isEqualTo("3月12日");
        assertThat(result.getString("hits[0].yearSource")).isNull();
        assertThat(result.getList("timeline.periods")).isEmpty();
        assertThat(result.getInt("timeline.undated")).isEqualTo(1);
        assertThat(given().queryParam("q", marker)
                        .queryParam("from", "1900-01-01")
                        .get("/api/search")
                        .then()
                        .statusCode(200)
                        .extract()
                        .jsonPath()
                        .getInt("total"))
                .isZero();
    }

    @Test
    void olderOrReplayedVersionNeverOverwritesAndDeletionRemoves() {
        String id = "it-" + UUID.randomUUID();
        String newer = uniqueWord();
        String older = uniqueWord();
        TestKafka.send(Topics.ARTICLES_ENRICHED, id, event(id, 10, newer));
        await().atMost(WAIT)
                .untilAsserted(() -> assertThat(search(newer).getInt("total")).isEqualTo(1));

        TestKafka.send(Topics.ARTICLES_ENRICHED, id, event(id, 9, older));
        TestKafka.send(Topics.ARTICLES_ENRICHED, id, event(id, 10, older));
        String after = uniqueWord();
        String probe = "it-" + UUID.randomUUID();
        TestKafka.send(Topics.ARTICLES_ENRICHED, probe, event(probe, 1, after));
        await().atMost(WAIT)
                .untilAsserted(() -> assertThat(search(after).getInt("total")).isEqualTo(1));
        assertThat(search(older).getInt("total")).isZero();
        given().get("/api/articles/" + id).then().statusCode(200).body("eventVersion", equalTo(10));

        TestKafka.send(Topics.ARTICLES_ENRICHED, id, EnrichedEvents.deleted(id, 11));
        await().atMost(WAIT)
                .untilAsserted(() -> assertThat(search(newer).getInt("total")).isZero());
        given().get("/api/articles/" + id).then().statusCode(404);
        await().atMost(WAIT)
                .untilAsserted(() -> assertThat(indexedEvents(id))
                        .anySatisfy(r -> assertThat(new String(r.value(), StandardCharsets.UTF_8))
                                .contains("\"deleted\":true")));
    }

    @Test
    void unindexableEventsGoToTheDeadLetterTopicAndLaterEventsStillIndex() {
        String bad = "it-bad-" + UUID.randomUUID();
        TestKafka.send(Topics.ARTICLES_ENRICHED, bad, "{ this is not json");
        String tombstone = "it-tombstone-" + UUID.randomUUID();
        TestKafka.send(Topics.ARTICLES_ENRICHED, tombstone, null);
        String unknown = "it-unknown-" + UUID.randomUUID();
        TestKafka.send(
                Topics.ARTICLES_ENRICHED,
                unknown,
                EnrichedEvents.deleted(unknown, 1).replace("ArticleDeleted", "ArticleExploded"));
        String newer = "it-newer-" + UUID.randomUUID();
        TestKafka.send(
                Topics.ARTICLES_ENRICHED,
                newer,
                event(newer, 1, uniqueWord()).replaceFirst("\"schemaVersion\"\\s*:\\s*1", "\"schemaVersion\":2"));
        String id = "it-" + UUID.randomUUID();
        String marker = uniqueWord();
        TestKafka.send(Topics.ARTICLES_ENRICHED, id, event(id, 1, marker));

        await().atMost(WAIT)
                .untilAsserted(() -> assertThat(search(marker).getInt("total")).isEqualTo(1));
        await().atMost(WAIT).untilAsserted(() -> {
            List<ConsumerRecord<String, byte[]>> dlq = TestKafka.readAll(Topics.ARTICLES_ENRICHED_DLQ);
            assertThat(dlq).anySatisfy(r -> {
                assertThat(r.key()).isEqualTo(bad);
                assertThat(TestKafka.header(r, "dlq-reason")).startsWith("not a JSON event envelope");
                assertThat(TestKafka.header(r, "dlq-original-topic")).isEqualTo(Topics.ARTICLES_ENRICHED);
                assertThat(TestKafka.header(r, "dlq-original-offset")).matches("\\d+");
                assertThat(new String(r.value(), StandardCharsets.UTF_8)).isEqualTo("{ this is not json");
            });
            assertThat(dlq).anySatisfy(r -> {
                assertThat(r.key()).isEqualTo(tombstone);
                assertThat(TestKafka.header(r, "dlq-reason")).isEqualTo("empty record value");
                assertThat(r.value()).isNull();
            });
            assertThat(dlq).anySatisfy(r -> {
                assertThat(r.key()).isEqualTo(unknown);
                assertThat(TestKafka.header(r, "dlq-reason")).isEqualTo("unknown eventType: ArticleExploded");
            });
            assertThat(dlq).anySatisfy(r -> {
                assertThat(r.key()).isEqualTo(newer);
                assertThat(TestKafka.header(r, "dlq-reason"))
                        .isEqualTo(
                                "unsupported schemaVersion 2 of ArticleEnriched: this service reads schemaVersion 1");
            });
        });
    }

    @Test
    void analysisGoldenSamplesIndexAndDeleteThroughKafka() throws Exception {
        Path contracts = Path.of("../analysis-service/src/test/resources/contracts/articles.enriched/v1");
        String enriched = Files.readString(contracts.resolve("ArticleEnriched.json"));
        TestKafka.send(Topics.ARTICLES_ENRICHED, "a-6f1c2a9e-0", enriched);
        await().atMost(WAIT)
                .untilAsserted(() -> given().get("/api/articles/a-6f1c2a9e-0")
                        .then()
                        .statusCode(200)
                        .body("title", equalTo("统筹推进疫情防控和经济社会发展"))
                        .body("sourceFile", equalTo("002_c2a65b4d6f57a7a3.txt")));
        // GET is real-time, search sees the document after the next refresh
        await().atMost(WAIT).untilAsserted(() -> {
            JsonPath result = given().queryParam("q", "复工复产")
                    .queryParam("person", "王鹏")
                    .get("/api/search")
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath();
            assertThat(result.getList("hits.id", String.class)).containsExactly("a-6f1c2a9e-0");
            assertThat(result.getList("hits[0].highlights.body", String.class))
                    .anyMatch(s -> s.contains("<em>复工复产</em>"));
        });

        TestKafka.send(
                Topics.ARTICLES_ENRICHED, "a-6f1c2a9e-0", Files.readString(contracts.resolve("ArticleDeleted.json")));
        await().atMost(WAIT)
                .untilAsserted(
                        () -> given().get("/api/articles/a-6f1c2a9e-0").then().statusCode(404));
    }

    @Test
    void anAnnouncedArticleIsAlreadySearchable() throws Exception {
        String id = "it-" + UUID.randomUUID();
        String marker = uniqueWord();
        await().atMost(WAIT)
                .untilAsserted(() -> given().get("/q/health/ready").then().statusCode(200));
        setRefreshInterval("-1");
        try {
            TestKafka.send(Topics.ARTICLES_ENRICHED, id, event(id, 1, marker));

            await().atMost(WAIT)
                    .untilAsserted(() -> assertThat(indexedEvents(id)).isNotEmpty());
            assertThat(search(marker).getList("hits.id", String.class))
                    .as("found as soon as articles.indexed announced it, with periodic refreshes off")
                    .containsExactly(id);
        } finally {
            setRefreshInterval("1s");
        }
    }

    private void setRefreshInterval(String interval) throws Exception {
        openSearch
                .indices()
                .putSettings(p -> p.index("articles").settings(s -> s.refreshInterval(t -> t.time(interval))));
    }

    private static String event(String id, long version, String marker) {
        return EnrichedEvents.enriched(id, version, "标题" + marker, "正文 " + marker, "测试", null, List.of(), List.of());
    }

    @Test
    void articlesIndexedContinuesTheTraceOfTheEnrichedEvent() {
        String traceId = "5b8aa5a2d2c872e8321cf37308d69df2";
        String id = "it-traced-" + UUID.randomUUID();
        TestKafka.send(
                Topics.ARTICLES_ENRICHED,
                id,
                event(id, 1, uniqueWord()),
                Map.of("traceparent", "00-" + traceId + "-051581bf3cb55c13-01"));

        await().atMost(WAIT)
                .untilAsserted(() -> assertThat(indexedEvents(id))
                        .singleElement()
                        .satisfies(r -> assertThat(TestKafka.header(r, "traceparent"))
                                .matches("00-" + traceId + "-[0-9a-f]{16}-01")
                                .doesNotContain("051581bf3cb55c13")));
    }

    private static List<ConsumerRecord<String, byte[]>> indexedEvents(String id) {
        return TestKafka.readAll(Topics.ARTICLES_INDEXED).stream()
                .filter(r -> id.equals(r.key()))
                .toList();
    }
}
