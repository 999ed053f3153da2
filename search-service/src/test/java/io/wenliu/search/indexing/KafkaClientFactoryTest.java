package io.wenliu.search.indexing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The hand-built clients take the whole shared Kafka configuration (security included) under their own settings. */
class KafkaClientFactoryTest {

    private static final Map<String, Object> SECURED = Map.of(
            "bootstrap.servers", "broker-1:9093,broker-2:9093",
            "security.protocol", "SASL_SSL",
            "sasl.mechanism", "SCRAM-SHA-512",
            "ssl.truststore.location", "/etc/kafka/ca.p12");

    private final KafkaClientFactory factory = new KafkaClientFactory(SECURED);

    @Test
    void consumersCarryTheSecurityAndTheirOwnSettings() {
        assertThat(factory.consumerConfig("search-service", "indexer"))
                .containsAllEntriesOf(SECURED)
                .containsEntry("group.id", "search-service")
                .containsEntry("enable.auto.commit", false)
                .containsEntry("isolation.level", "read_committed");
    }
}
