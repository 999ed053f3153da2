package io.wenliu.testing;

import static org.assertj.core.api.Assertions.assertThat;

import io.wenliu.stack.Http;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

class TestResourcesIT {

    @Test
    void kafkaResourceGivesABrokerThatRoundTripsARecordAndIsSharedAcrossStarts() {
        String servers = new KafkaTestResource().start().get("kafka.bootstrap.servers");
        assertThat(new KafkaTestResource().start()).containsEntry("kafka.bootstrap.servers", servers);

        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, servers,
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class))) {
            producer.send(new ProducerRecord<>("resource-test", "a-7", "{\"title\":\"疫情防控\"}"));
        }
        List<ConsumerRecord<String, String>> received = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                servers,
                ConsumerConfig.GROUP_ID_CONFIG,
                "resource-test",
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG,
                "earliest",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG,
                StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG,
                StringDeserializer.class))) {
            consumer.subscribe(List.of("resource-test"));
            Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> {
                consumer.poll(Duration.ofMillis(500)).forEach(received::add);
                return !received.isEmpty();
            });
        }
        assertThat(received).extracting(ConsumerRecord::key).containsExactly("a-7");
    }

    @Test
    void postgresResourceCreatesTheRequestedDatabase() throws Exception {
        PostgresTestResource resource = new PostgresTestResource();
        resource.init(Map.of("database", "resource_test"));
        Map<String, String> config = resource.start();

        assertThat(config.get("quarkus.datasource.jdbc.url")).endsWith("/resource_test");
        try (Connection connection = DriverManager.getConnection(
                        config.get("quarkus.datasource.jdbc.url"),
                        config.get("quarkus.datasource.username"),
                        config.get("quarkus.datasource.password"));
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE IF NOT EXISTS ledger (id text PRIMARY KEY)");
            statement.execute("INSERT INTO ledger VALUES ('a-1') ON CONFLICT DO NOTHING");
            try (ResultSet result = statement.executeQuery("SELECT current_database(), count(*) FROM ledger")) {
                assertThat(result.next()).isTrue();
                assertThat(result.getString(1)).isEqualTo("resource_test");
                assertThat(result.getInt(2)).isEqualTo(1);
            }
        }
    }

    @Test
    void openSearchResourceGivesANodeWithTheCjkAnalyzer() throws Exception {
        String url = new OpenSearchTestResource().start().get("wenliu.opensearch.url");

        Http.Response created = Http.putJson(
                url + "/resource-test",
                "{\"mappings\":{\"properties\":{\"title\":{\"type\":\"text\",\"analyzer\":\"cjk\"}}}}");
        assertThat(created.status()).as(created.body()).isEqualTo(200);
        Http.putJson(url + "/resource-test/_doc/a-1?refresh=true", "{\"title\":\"全国疫情防控形势持续向好\"}");
        Http.putJson(url + "/resource-test/_doc/a-2?refresh=true", "{\"title\":\"央行发布金融数据\"}");

        Http.Response found =
                Http.postJson(url + "/resource-test/_search", "{\"query\":{\"match\":{\"title\":\"疫情\"}}}");

        assertThat(found.body()).contains("\"_id\":\"a-1\"").doesNotContain("\"_id\":\"a-2\"");
    }
}
