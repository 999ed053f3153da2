package io.wenliu.search.indexing;

import io.smallrye.common.annotation.Identifier;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Creates the plain Kafka clients of the service from the same Kafka configuration as its channels: every {@code
 * kafka.*} property (env {@code KAFKA_*}: bootstrap servers, {@code security.protocol}, SASL, TLS), which Quarkus
 * collects in the {@code default-kafka-broker} map, plus each client's own settings. Events are published through
 * the outgoing channels ({@link EventPublisher}), which take the same configuration.
 */
@Singleton
public class KafkaClientFactory {

    private final Map<String, Object> kafka;

    @Inject
    public KafkaClientFactory(@Identifier("default-kafka-broker") Map<String, Object> kafka) {
        this.kafka = Map.copyOf(kafka);
    }

    /** A consumer that never commits on its own: offsets are committed only after indexing succeeded. */
    public KafkaConsumer<String, byte[]> consumer(String groupId, String clientId) {
        return new KafkaConsumer<>(
                consumerConfig(groupId, clientId), new StringDeserializer(), new ByteArrayDeserializer());
    }

    /** The configuration of {@link #consumer(String, String)}. */
    Map<String, Object> consumerConfig(String groupId, String clientId) {
        Map<String, Object> props = new HashMap<>(kafka);
        props.put(ConsumerConfig.GROUP_ID_CONFIG, groupId);
        props.put(ConsumerConfig.CLIENT_ID_CONFIG, clientId);
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 500);
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        // articles.enriched belongs to analysis-service, which creates it compacted; never auto-create it here.
        props.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, false);
        return props;
    }

    /** An admin client. */
    public Admin admin() {
        return Admin.create(new HashMap<>(kafka));
    }
}
