package io.wenliu.analysis.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The topic creator's admin client takes the whole shared Kafka configuration, security included. */
class TopicInitializerTest {

    @Test
    void adminClientCarriesTheSecuritySettings() {
        TopicInitializer initializer = new TopicInitializer();
        initializer.kafka = Map.of(
                "bootstrap.servers", "broker-1:9093",
                "security.protocol", "SASL_PLAINTEXT",
                "sasl.mechanism", "PLAIN");

        assertThat(initializer.adminConfig())
                .containsAllEntriesOf(initializer.kafka)
                .containsEntry("request.timeout.ms", 10000);
    }
}
