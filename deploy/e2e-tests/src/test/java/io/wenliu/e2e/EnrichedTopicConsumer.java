package io.wenliu.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * The consumer's guide in code (the README shows it): another team's service reading articles.enriched with the plain
 * Kafka client. It reads from the beginning (the topic is compacted and kept forever, so that is every article),
 * ignores fields it does not know, keeps the latest version per article and sets aside what it cannot read, as the
 * contract asks: a tombstone, an event type it does not handle, a schemaVersion it was not written for.
 */
final class EnrichedTopicConsumer implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final KafkaConsumer<String, String> consumer;

    EnrichedTopicConsumer(String bootstrapServers, String groupId) {
        consumer = new KafkaConsumer<>(
                Map.of(
                        ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                        ConsumerConfig.GROUP_ID_CONFIG, groupId,
                        ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"),
                new StringDeserializer(),
                new StringDeserializer());
        consumer.subscribe(List.of("articles.enriched"));
    }

    /** Polls once; hands each ArticleEnriched v1 value to {@code article}, each record it cannot use to {@code other}. */
    void poll(Consumer<JsonNode> article, Consumer<ConsumerRecord<String, String>> other) throws Exception {
        for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
            JsonNode event = record.value() == null ? null : JSON.readTree(record.value());
            if (event != null
                    && "ArticleEnriched".equals(event.path("eventType").asText())
                    && event.path("schemaVersion").asInt() == 1) {
                article.accept(event);
            } else {
                other.accept(record);
            }
        }
    }

    @Override
    public void close() {
        consumer.close();
    }
}
