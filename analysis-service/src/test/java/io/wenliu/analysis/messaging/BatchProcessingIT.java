package io.wenliu.analysis.messaging;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.junit.QuarkusTest;
import io.wenliu.analysis.corpus.CorpusFrequencies;
import io.wenliu.analysis.events.Topics;
import io.wenliu.analysis.support.IngestedEvents;
import io.wenliu.analysis.support.KafkaTestClient;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Batches against real Kafka and PostgreSQL: order per article, exactly-once counting, and database outages. */
@QuarkusTest
class BatchProcessingIT {
    private static final Duration TIMEOUT = Duration.ofSeconds(60);
    private static KafkaTestClient kafka;

    private final Map<String, List<ConsumerRecord<String, String>>> outputs = new ConcurrentHashMap<>();
    private final List<ConsumerRecord<String, String>> deadLetters = new ArrayList<>();

    @Inject
    CorpusFrequencies corpus;

    @Inject
    DataSource dataSource;

    @Inject
    MeterRegistry registry;

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
    void eventsSentTogetherArePublishedOnceEachInOrderAndCountedOnce() throws Exception {
        long documentsBefore = corpus.documentCount();
        List<ObjectNode> articles = new ArrayList<>();
        List<Map.Entry<String, String>> records = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            ObjectNode article = IngestedEvents.newArticle();
            articles.add(article);
            records.add(Map.entry(key(article), article.toString()));
        }
        for (ObjectNode article : articles) {
            records.add(Map.entry(key(article), article.toString()));
        }
        List<String> eventIds = new ArrayList<>();
        articles.forEach(a -> eventIds.add(a.get("eventId").asText()));
        for (ObjectNode article : articles.subList(0, 3)) {
            ObjectNode deletion = IngestedEvents.deletionOf(article);
            eventIds.add(deletion.get("eventId").asText());
            records.add(Map.entry(key(article), deletion.toString()));
        }

        kafka.sendAll(Topics.INGESTED, records);

        await().atMost(TIMEOUT).until(() -> processedRows(eventIds) == eventIds.size());
        collectOutputs();
        for (int i = 0; i < articles.size(); i++) {
            List<String> types = outputs.getOrDefault(key(articles.get(i)), List.of()).stream()
                    .map(r -> KafkaTestClient.header(r, "ce_type"))
                    .toList();
            if (i < 3) {
                assertThat(types)
                        .as("article %d", i)
                        .containsExactly("io.wenliu.ArticleEnriched.v1", "io.wenliu.ArticleDeleted.v1");
            } else {
                assertThat(types).as("article %d", i).containsExactly("io.wenliu.ArticleEnriched.v1");
            }
        }
        assertThat(corpus.documentCount() - documentsBefore)
                .as("documents counted in the corpus statistics")
                .isEqualTo(articles.size());
    }

    @Test
    void aDatabaseOutageDelaysAValidEventButNeverDeadLettersIt() throws Exception {
        ObjectNode article = IngestedEvents.newArticle();
        String eventId = article.get("eventId").asText();
        double retriesBefore = retries();
        startOutage();
        try {
            kafka.send(Topics.INGESTED, key(article), article.toString());

            await("more attempts than a bounded retry would make")
                    .atMost(TIMEOUT)
                    .until(() -> retries() - retriesBefore >= 8);
            given().when().get("/q/health/ready").then().statusCode(503);
            await("a 30-second outage: the event is neither handled nor given up")
                    .during(Duration.ofSeconds(30))
                    .atMost(Duration.ofSeconds(40))
                    .until(() -> processedRows(List.of(eventId)) == 0);
        } finally {
            endOutage();
        }

        await().atMost(TIMEOUT).until(() -> processedRows(List.of(eventId)) == 1);
        await().atMost(TIMEOUT)
                .untilAsserted(
                        () -> given().when().get("/q/health/ready").then().statusCode(200));
        collectOutputs();
        List<ConsumerRecord<String, String>> published = outputs.get(key(article));
        assertThat(published).isNotEmpty();
        assertThat(published)
                .extracting(r -> KafkaTestClient.header(r, "ce_id"))
                .as("a repeat after a failed attempt carries the same event id")
                .containsOnly(KafkaTestClient.header(published.get(0), "ce_id"));
        assertThat(deadLetters).extracting(ConsumerRecord::key).doesNotContain(key(article));
    }

    private static String key(ObjectNode event) {
        return event.get("articleId").asText();
    }

    private void collectOutputs() {
        for (ConsumerRecord<String, String> r : kafka.poll(Topics.ENRICHED)) {
            outputs.computeIfAbsent(r.key(), k -> new ArrayList<>()).add(r);
        }
        deadLetters.addAll(kafka.poll(Topics.INGESTED_DLQ));
    }

    private double retries() {
        return registry.find("wenliu.analysis.retries").counters().stream()
                .mapToDouble(Counter::count)
                .sum();
    }

    private long processedRows(List<String> eventIds) throws Exception {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps =
                        c.prepareStatement("select count(*) from processed_event where event_id = any(?)")) {
            ps.setArray(1, c.createArrayOf("varchar", eventIds.toArray(new String[0])));
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /** Every write of handled events fails, as when the database is unreachable, until {@link #endOutage()}. */
    private void startOutage() throws Exception {
        try (Connection c = dataSource.getConnection();
                Statement st = c.createStatement()) {
            st.execute("create or replace function test_outage() returns trigger language plpgsql as $$"
                    + " begin raise exception 'test: database outage'; end $$");
            st.execute("drop trigger if exists test_outage on processed_event");
            st.execute("create trigger test_outage before insert on processed_event"
                    + " for each row execute function test_outage()");
        }
    }

    private void endOutage() throws Exception {
        try (Connection c = dataSource.getConnection();
                Statement st = c.createStatement()) {
            st.execute("drop trigger if exists test_outage on processed_event");
            st.execute("drop function if exists test_outage()");
        }
    }
}
