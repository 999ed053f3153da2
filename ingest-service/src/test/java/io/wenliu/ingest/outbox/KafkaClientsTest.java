package io.wenliu.ingest.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import io.wenliu.ingest.config.IngestConfig;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The relay's producer and the admin client take the whole shared Kafka configuration, security included. */
class KafkaClientsTest {

    private static final Map<String, Object> SECURED = Map.of(
            "bootstrap.servers", "broker-1:9093",
            "security.protocol", "SASL_SSL",
            "sasl.mechanism", "SCRAM-SHA-256");

    @Test
    void producerAndAdminCarryTheSecurityAndTheirOwnSettings() {
        KafkaClients clients = new KafkaClients();
        clients.kafka = SECURED;
        clients.config = config(Duration.ofSeconds(10));

        assertThat(clients.producerConfig())
                .containsAllEntriesOf(SECURED)
                .containsEntry("acks", "all")
                .containsEntry("enable.idempotence", true)
                .containsEntry("max.block.ms", 10_000L);
        assertThat(clients.adminConfig()).containsAllEntriesOf(SECURED).containsEntry("client.id", "ingest-admin");
    }

    /** An IngestConfig whose outbox has the given send timeout (the only setting the producer reads). */
    private static IngestConfig config(Duration sendTimeout) {
        IngestConfig.Outbox outbox = (IngestConfig.Outbox) Proxy.newProxyInstance(
                KafkaClientsTest.class.getClassLoader(),
                new Class<?>[] {IngestConfig.Outbox.class},
                (proxy, method, args) -> method.getName().equals("sendTimeout") ? sendTimeout : null);
        return (IngestConfig) Proxy.newProxyInstance(
                KafkaClientsTest.class.getClassLoader(),
                new Class<?>[] {IngestConfig.class},
                (proxy, method, args) -> method.getName().equals("outbox") ? outbox : null);
    }
}
