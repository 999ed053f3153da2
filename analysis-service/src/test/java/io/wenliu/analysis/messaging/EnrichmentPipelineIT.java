package io.wenliu.analysis.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.quarkus.test.junit.QuarkusTest;
import io.wenliu.analysis.corpus.CorpusFrequencies;
import io.wenliu.analysis.events.Topics;
import io.wenliu.analysis.support.IngestedEvents;
import io.wenliu.analysis.support.KafkaTestClient;
import io.wenliu.analysis.support.RecordedSpans;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.config.ConfigResource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The pipeline against real Kafka and PostgreSQL: enrich, pass deletions through, dedupe, dead-letter bad input. */
@QuarkusTest
class EnrichmentPipelineIT {
    private static final Duration TIMEOUT = Duration.ofSeconds(60);
    private static KafkaTestClient kafka;

    private final ObjectMapper mapper = new ObjectMapper();

    @Inject
    CorpusFrequencies corpus;

    @Inject
    DataSource dataSource;

    @BeforeAll
    static void connect() {
        kafka = new KafkaTestClient();
        kafka.subscribe(Topics.ENRICHED);
        kafka.subscribe(Topics.INGESTED_DLQ);
    }

    @AfterAll
    static void disconnect() {
        kafka.close();
    }

    @Test
    void ingestedArticleIsEnrichedWithEnvelopeHeadersAndOffsets() throws IOException {
        ObjectNode event = IngestedEvents.newArticle();
        String articleId = event.get("articleId").asText();
        String body = event.get("payload").get("body").asText();

        kafka.send(Topics.INGESTED, articleId, event.toString());

        ConsumerRecord<String, String> record = awaitOutputs(articleId, 1).get(0);
        JsonNode out = mapper.readTree(record.value());
        assertThat(record.key()).isEqualTo(articleId);
        assertThat(KafkaTestClient.header(record, "ce_type")).isEqualTo("io.wenliu.ArticleEnriched.v1");
        assertThat(KafkaTestClient.header(record, "ce_source")).isEqualTo("/wenliu/analysis-service");
        assertThat(KafkaTestClient.header(record, "ce_id"))
                .isEqualTo(out.get("eventId").asText());
        assertThat(KafkaTestClient.header(record, "content-type")).isEqualTo("application/json");
        assertThat(out.get("version").asLong()).isEqualTo(event.get("version").asLong());
        assertThat(out.get("payload").get("sourceEventId").asText())
                .isEqualTo(event.get("eventId").asText());
        assertThat(out.get("payload").get("article")).isEqualTo(event.get("payload"));
        JsonNode enrichment = out.get("payload").get("enrichment");
        assertThat(enrichment.get("keywords")).isNotEmpty();
        assertThat(enrichment.get("script").asText()).isEqualTo("zh-Hans");
        for (JsonNode entity : enrichment.get("entities")) {
            for (JsonNode span : entity.get("offsets")) {
                assertThat(body.substring(span.get(0).asInt(), span.get(1).asInt())
                                .replaceAll("\\s", ""))
                        .isEqualTo(entity.get("text").asText());
            }
        }
        assertThat(names(enrichment, "PERSON")).contains("习近平");
        // the ingested sample credits its reporters: PERSON mentions of their own, with their roles
        List<String> credited = new ArrayList<>();
        enrichment
                .get("credited")
                .forEach(p -> credited.add(
                        p.get("type").asText() + " " + p.get("text").asText() + " " + p.get("roles")));
        List<String> expected = new ArrayList<>();
        event.get("payload")
                .get("credits")
                .forEach(c -> expected.add("PERSON " + c.get("name").asText() + " [\""
                        + c.get("role").asText() + "\"]"));
        assertThat(credited).isNotEmpty().isEqualTo(expected);
        assertThat(corpus.documentCount()).isPositive();
    }

    @Test
    void redeliveredEventIsNotProcessedTwiceAndDeletionPassesThrough() {
        ObjectNode event = IngestedEvents.newArticle();
        String articleId = event.get("articleId").asText();
        kafka.send(Topics.INGESTED, articleId, event.toString());
        kafka.send(Topics.INGESTED, articleId, event.toString());
        ObjectNode deleted = IngestedEvents.deletionOf(event);
        kafka.send(Topics.INGESTED, articleId, deleted.toString());

        List<ConsumerRecord<String, String>> outputs = awaitOutputs(articleId, 2);

        assertThat(outputs)
                .extracting(r -> KafkaTestClient.header(r, "ce_type"))
                .containsExactly("io.wenliu.ArticleEnriched.v1", "io.wenliu.ArticleDeleted.v1");
        JsonNode payload = read(outputs.get(1).value()).get("payload");
        assertThat(payload.get("sourceEventId").asText())
                .isEqualTo(deleted.get("eventId").asText());
        assertThat(payload.get("reason").asText()).isEqualTo("source file removed");
    }

    @Test
    void failedCommitAfterSendRepublishesUnderTheSameEventIdAndLosesNothing() throws Exception {
        ObjectNode event = IngestedEvents.newArticle();
        String articleId = event.get("articleId").asText();
        failFirstCommitOf(articleId);
        try {
            kafka.send(Topics.INGESTED, articleId, event.toString());

            List<ConsumerRecord<String, String>> outputs = awaitOutputs(articleId, 2);
            assertThat(outputs).hasSize(2);
            JsonNode first = read(outputs.get(0).value());
            JsonNode second = read(outputs.get(1).value());
            assertThat(second.get("eventId")).isEqualTo(first.get("eventId"));
            assertThat(KafkaTestClient.header(outputs.get(1), "ce_id"))
                    .isEqualTo(KafkaTestClient.header(outputs.get(0), "ce_id"));
            assertThat(second.get("payload")).isEqualTo(first.get("payload"));
            await().atMost(TIMEOUT)
                    .until(() -> processedRows(event.get("eventId").asText()) == 1);
        } finally {
            removeCommitFailureTrigger();
        }
    }

    private void removeCommitFailureTrigger() throws Exception {
        try (Connection c = dataSource.getConnection();
                Statement st = c.createStatement()) {
            st.execute("drop trigger if exists test_fail_first_commit on processed_event");
            st.execute("drop function if exists test_fail_first_commit()");
            st.execute("drop table if exists test_fail_article");
            st.execute("drop sequence if exists test_commit_failures");
        }
    }

    /** A trigger that makes the first commit recording this article's event fail (a sequence is not rolled back). */
    private void failFirstCommitOf(String articleId) throws Exception {
        try (Connection c = dataSource.getConnection();
                Statement st = c.createStatement()) {
            st.execute("drop sequence if exists test_commit_failures");
            st.execute("create sequence test_commit_failures");
            st.execute("create or replace function test_fail_first_commit() returns trigger language plpgsql as $$"
                    + " begin if new.article_id in (select article_id from test_fail_article) then"
                    + " if nextval('test_commit_failures') = 1 then"
                    + " raise exception 'test: commit fails once for %', new.article_id; end if; end if;"
                    + " return new; end $$");
            st.execute("create table if not exists test_fail_article (article_id varchar(300))");
            st.execute("insert into test_fail_article values ('" + articleId + "')");
            st.execute("drop trigger if exists test_fail_first_commit on processed_event");
            st.execute("create trigger test_fail_first_commit before insert on processed_event"
                    + " for each row execute function test_fail_first_commit()");
        }
    }

    private long processedRows(String eventId) throws Exception {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("select count(*) from processed_event where event_id = ?")) {
            ps.setString(1, eventId);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    @Test
    void unparseableRecordGoesToDeadLetterTopicAndConsumptionGoesOn() {
        String badKey = "bad-" + UUID.randomUUID();
        kafka.send(Topics.INGESTED, badKey, "{not json");
        ObjectNode good = IngestedEvents.newArticle();
        String articleId = good.get("articleId").asText();
        kafka.send(Topics.INGESTED, articleId, good.toString());

        List<ConsumerRecord<String, String>> dead = awaitDeadLetters(badKey);
        assertThat(dead.get(0).value()).isEqualTo("{not json");
        assertThat(KafkaTestClient.header(dead.get(0), "dlq-reason")).startsWith("unparseable");
        assertThat(KafkaTestClient.header(dead.get(0), "dlq-exception")).isNotBlank();
        assertThat(KafkaTestClient.header(dead.get(0), "dlq-original-topic")).isEqualTo(Topics.INGESTED);
        assertThat(awaitOutputs(articleId, 1)).hasSize(1);
    }

    @Test
    void anArticleLongerThanTheAnalysedLengthIsEnrichedFromItsBeginningAndPassesOnWhole() throws IOException {
        ObjectNode event = IngestedEvents.newArticle();
        String articleId = event.get("articleId").asText();
        String sample = event.get("payload").get("body").asText();
        String body = numberedParagraphs(sample, 130_000).toString();
        ((ObjectNode) event.get("payload")).put("body", body);
        ObjectNode next = IngestedEvents.newArticle();
        String nextId = next.get("articleId").asText();

        kafka.send(Topics.INGESTED, articleId, event.toString());
        kafka.send(Topics.INGESTED, nextId, next.toString());

        JsonNode out = read(awaitOutputs(articleId, 1).get(0).value());
        assertThat(out.get("payload").get("article").get("body").asText()).isEqualTo(body);
        JsonNode enrichment = out.get("payload").get("enrichment");
        assertThat(names(enrichment, "PERSON")).contains("习近平");
        List<Integer> ends = new ArrayList<>();
        for (JsonNode entity : enrichment.get("entities")) {
            for (JsonNode span : entity.get("offsets")) {
                ends.add(span.get(1).asInt());
                assertThat(body.substring(span.get(0).asInt(), span.get(1).asInt())
                                .replaceAll("\\s", ""))
                        .isEqualTo(entity.get("text").asText());
            }
        }
        // the default wenliu.analysis.max-text-chars (50,000): mentions from the beginning only
        assertThat(ends).isNotEmpty().allSatisfy(end -> assertThat(end).isLessThanOrEqualTo(50_000));
        assertThat(Collections.max(ends)).isGreaterThan(25_000);
        assertThat(awaitOutputs(nextId, 1)).hasSize(1);
    }

    @Test
    void anArticleWhoseEnrichedEventIsTooLargeForARecordIsDeadLetteredAndTheNextPasses() {
        ObjectNode event = IngestedEvents.newArticle();
        String articleId = event.get("articleId").asText();
        String sample = event.get("payload").get("body").asText();
        // a beginning full of names (the part analysed), then filler up to just under the record limit (1 MiB by
        // default, producer and broker): the ingested record fits, its enriched event (the same article plus entities
        // with offsets, keywords and a summary) cannot
        StringBuilder text = numberedParagraphs(sample, 50_000);
        ((ObjectNode) event.get("payload")).put("body", "");
        int room = 1_046_000 - utf8Length(event.toString()) - utf8Length(text.toString()) - 2 * 2_000;
        String filler = "本段是填充文字，只为让这篇稿件接近记录的大小上限。";
        for (int i = 0; i < room / utf8Length(filler); i++) {
            text.append(filler);
        }
        ((ObjectNode) event.get("payload")).put("body", text.toString());
        String value = event.toString();
        assertThat(utf8Length(value)).isBetween(1_040_000, 1_047_000);
        ObjectNode next = IngestedEvents.newArticle();
        String nextId = next.get("articleId").asText();

        kafka.send(Topics.INGESTED, articleId, value);
        kafka.send(Topics.INGESTED, nextId, next.toString());

        List<ConsumerRecord<String, String>> dead = awaitDeadLetters(articleId);
        assertThat(dead.get(0).value()).isEqualTo(value);
        assertThat(KafkaTestClient.header(dead.get(0), "dlq-reason"))
                .startsWith("its ArticleEnriched event is too large for articles.enriched")
                .contains("max.request.size");
        assertThat(KafkaTestClient.header(dead.get(0), "dlq-exception")).contains("RecordTooLargeException");
        assertThat(awaitOutputs(nextId, 1)).hasSize(1);
        assertThat(seen).doesNotContainKey(articleId);
    }

    /** Numbered paragraphs of {@code sample}, one per line, until the text has at least {@code length} characters. */
    private static StringBuilder numberedParagraphs(String sample, int length) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; text.length() < length; i++) {
            text.append("第").append(i).append("段。").append(sample).append('\n');
        }
        return text;
    }

    private static int utf8Length(String text) {
        return text.getBytes(StandardCharsets.UTF_8).length;
    }

    @Inject
    RecordedSpans spans;

    @Test
    void theEnrichedEventContinuesTheTraceOfTheIngestedOne() {
        String traceId = "0af7651916cd43dd8448eb211c80319c";
        String ingestSpan = "b7ad6b7169203331";
        ObjectNode event = IngestedEvents.newArticle();
        String articleId = event.get("articleId").asText();
        kafka.send(
                Topics.INGESTED,
                articleId,
                event.toString(),
                Map.of("traceparent", "00-" + traceId + "-" + ingestSpan + "-01"));

        String traceParent = KafkaTestClient.header(awaitOutputs(articleId, 1).get(0), "traceparent");
        assertThat(traceParent).matches("00-" + traceId + "-[0-9a-f]{16}-01");
        String enrichSpan = traceParent.split("-")[2];
        await().atMost(TIMEOUT)
                .untilAsserted(() -> assertThat(spans.all())
                        .anySatisfy(span -> {
                            assertThat(span.getName()).isEqualTo("enrich article");
                            assertThat(span.getTraceId()).isEqualTo(traceId);
                            assertThat(span.getSpanId()).isEqualTo(enrichSpan);
                            assertThat(span.getParentSpanId()).isEqualTo(ingestSpan);
                        })
                        .anySatisfy(span -> {
                            assertThat(span.getName()).isEqualTo("analyze text");
                            assertThat(span.getParentSpanId()).isEqualTo(enrichSpan);
                        })
                        .filteredOn(span -> span.getTraceId().equals(traceId))
                        .extracting(SpanData::getName)
                        .contains("segmentation", "entities", "keywords", "summary"));
    }

    @Test
    void eventOfANewerSchemaVersionIsDeadLetteredWithItsHeadersAndConsumptionGoesOn() {
        ObjectNode newer = IngestedEvents.newArticle();
        newer.put("schemaVersion", 2);
        String newerId = newer.get("articleId").asText();
        kafka.send(Topics.INGESTED, newerId, newer.toString(), Map.of("traceparent", "00-trace-span-01"));
        ObjectNode good = IngestedEvents.newArticle();
        String articleId = good.get("articleId").asText();
        kafka.send(Topics.INGESTED, articleId, good.toString());

        List<ConsumerRecord<String, String>> dead = awaitDeadLetters(newerId);
        assertThat(dead.get(0).value()).isEqualTo(newer.toString());
        assertThat(KafkaTestClient.header(dead.get(0), "dlq-reason"))
                .contains("unsupported schemaVersion 2 of ArticleIngested: this service reads schemaVersion 1");
        assertThat(KafkaTestClient.header(dead.get(0), "traceparent")).isEqualTo("00-trace-span-01");
        assertThat(KafkaTestClient.header(dead.get(0), "dlq-original-topic")).isEqualTo(Topics.INGESTED);
        assertThat(awaitOutputs(articleId, 1)).hasSize(1);
        assertThat(seen).doesNotContainKey(newerId);
    }

    @Test
    void enrichedTopicIsCompactedWithoutTimeRetention() throws Exception {
        Properties props = new Properties();
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrap());
        try (Admin admin = Admin.create(props)) {
            ConfigResource topic = new ConfigResource(ConfigResource.Type.TOPIC, Topics.ENRICHED);
            Map<ConfigResource, Config> configs =
                    admin.describeConfigs(Set.of(topic)).all().get();
            assertThat(configs.get(topic).get("cleanup.policy").value()).isEqualTo("compact");
            assertThat(configs.get(topic).get("retention.ms").value()).isEqualTo("-1");
        }
    }

    private final Map<String, List<ConsumerRecord<String, String>>> seen =
            new java.util.concurrent.ConcurrentHashMap<>();

    /** Waits until exactly one record with the key arrived on the dead-letter topic; returns it in a list. */
    private List<ConsumerRecord<String, String>> awaitDeadLetters(String key) {
        List<ConsumerRecord<String, String>> dead = new ArrayList<>();
        await().atMost(TIMEOUT).untilAsserted(() -> {
            kafka.poll(Topics.INGESTED_DLQ).stream()
                    .filter(r -> key.equals(r.key()))
                    .forEach(dead::add);
            assertThat(dead).hasSize(1);
        });
        return dead;
    }

    private List<ConsumerRecord<String, String>> awaitOutputs(String articleId, int count) {
        await().atMost(TIMEOUT).untilAsserted(() -> {
            for (ConsumerRecord<String, String> r : kafka.poll(Topics.ENRICHED)) {
                seen.computeIfAbsent(r.key(), k -> new ArrayList<>()).add(r);
            }
            assertThat(seen.getOrDefault(articleId, List.of())).hasSizeGreaterThanOrEqualTo(count);
        });
        return seen.get(articleId);
    }

    private JsonNode read(String json) {
        try {
            return mapper.readTree(json);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> names(JsonNode enrichment, String type) {
        List<String> names = new ArrayList<>();
        enrichment.get("entities").forEach(e -> {
            if (e.get("type").asText().equals(type)) {
                names.add(e.get("text").asText());
            }
        });
        return names;
    }
}
