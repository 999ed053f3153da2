package io.wenliu.analysis.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The topic creator's admin client takes the whole shared Kafka configuration, security included. */
class ProducedTopicsTest {

    @Test
    void adminClientCarriesTheSecuritySettings() {
        ProducedTopics topics = new ProducedTopics();
        topics.kafka = Map.of(
                "bootstrap.servers", "broker-1:9093",
                "security.protocol", "SASL_PLAINTEXT",
                "sasl.mechanism", "PLAIN");

        assertThat(topics.adminConfig()).containsAllEntriesOf(topics.kafka).containsEntry("request.timeout.ms", 10000);
    }
}
