package io.wenliu.ingest.outbox;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.wenliu.ingest.drop.DropFolders;
import io.wenliu.ingest.events.Topics;
import io.wenliu.ingest.ledger.ArticleStatus;
import io.wenliu.ingest.ledger.DocumentEntity;
import io.wenliu.ingest.ledger.DocumentStatus;
import io.wenliu.ingest.ledger.OutboxEvent;
import io.wenliu.ingest.support.DropFiles;
import io.wenliu.ingest.support.Ledger;
import io.wenliu.ingest.support.TopicReader;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/**
 * While Kafka is unreachable ingestion still commits ledger and outbox rows and stays ready; the events go out once
 * it is back.
 */
@QuarkusTest
class OutboxOutageIT {

    private static final Duration TIMEOUT = Duration.ofSeconds(45);

    @Inject
    DropFolders folders;

    @Test
    void eventsWaitInTheOutboxWhileKafkaIsDownAndGoOutWhenItReturns() throws IOException {
        try (SwitchableKafka kafka = new SwitchableKafka()) {
            QuarkusMock.installMockForType(kafka, KafkaClients.class);

            String name = "outage-" + UUID.randomUUID() + ".txt";
            DropFiles.drop(folders.drop(), name, DropFiles.uniqueArticle("断网期间"));
            DocumentEntity document = Ledger.awaitDocument(name, DocumentStatus.PROCESSED);
            String articleId = Ledger.articles(document.id).get(0).id;
            await().atMost(TIMEOUT).until(() -> {
                OutboxEvent event = Ledger.outbox(articleId).get(0);
                return event.attempts > 0 && event.lastError != null;
            });
            assertThat(Ledger.outbox(articleId).get(0).sentAt).isNull();
            assertThat(Ledger.articles(document.id).get(0).status).isEqualTo(ArticleStatus.INGESTED);
            // still ready: drops and uploads go on, the outbox holds their events and health says how many
            given().get("/q/health/ready")
                    .then()
                    .statusCode(200)
                    .body("checks.find { it.name == 'kafka' }.data.reachable", equalTo(false));
            await().atMost(TIMEOUT)
                    .until(() -> given().get("/q/health/ready")
                                    .jsonPath()
                                    .getLong("checks.find { it.name == 'kafka' }.data.outboxBacklog")
                            >= 1);

            kafka.down = false;

            await().atMost(TIMEOUT).until(() -> Ledger.outbox(articleId).get(0).sentAt != null);
            try (TopicReader topic = TopicReader.open(Topics.ARTICLES_INGESTED)) {
                topic.await(1, e -> articleId.equals(e.path("articleId").asText()));
            }
            assertThat(Ledger.articles(document.id).get(0).status).isEqualTo(ArticleStatus.PUBLISHED);
        }
    }

    /** Kafka clients whose producer points at a closed port until {@code down} is cleared. */
    static final class SwitchableKafka extends KafkaClients implements AutoCloseable {

        volatile boolean down = true;
        private final Producer<String, String> dead = producerFor("127.0.0.1:" + freePort());
        private final Producer<String, String> live =
                producerFor(ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class));
        private final Admin admin = Admin.create(Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class)));
        private final Admin deadAdmin = Admin.create(Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                "127.0.0.1:" + freePort(),
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG,
                2000,
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG,
                1000));

        @Override
        public Producer<String, String> producer() {
            return down ? dead : live;
        }

        @Override
        public Admin admin() {
            return down ? deadAdmin : admin;
        }

        @Override
        public void close() {
            dead.close(Duration.ZERO);
            live.close(Duration.ofSeconds(2));
            admin.close(Duration.ofSeconds(2));
            deadAdmin.close(Duration.ZERO);
        }

        private static Producer<String, String> producerFor(String bootstrap) {
            return new KafkaProducer<>(Map.of(
                    ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                    bootstrap,
                    ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG,
                    true,
                    ProducerConfig.ACKS_CONFIG,
                    "all",
                    ProducerConfig.MAX_BLOCK_MS_CONFIG,
                    1000,
                    ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG,
                    StringSerializer.class.getName(),
                    ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG,
                    StringSerializer.class.getName()));
        }

        private static int freePort() {
            try (ServerSocket socket = new ServerSocket(0)) {
                return socket.getLocalPort();
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
