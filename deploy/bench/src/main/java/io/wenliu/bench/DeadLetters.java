package io.wenliu.bench;

import io.wenliu.stack.LocalStack;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;

/** Reads the stack's dead-letter topics: their end offsets, and what was written to them between two of those. */
final class DeadLetters {

    private static final List<String> DLQ_TOPICS =
            List.of("articles.ingested.dlq", "articles.enriched.dlq", "articles.status.dlq");

    private final LocalStack stack;

    DeadLetters(LocalStack stack) {
        this.stack = stack;
    }

    /** The end offset of every partition of the dead-letter topics (none for a topic that does not exist). */
    Map<TopicPartition, Long> ends() throws Exception {
        Map<TopicPartition, Long> ends = new LinkedHashMap<>();
        try (Admin admin = Admin.create(Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                stack.kafkaBootstrapServers(),
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG,
                30_000))) {
            Set<String> existing = admin.listTopics().names().get();
            Map<TopicPartition, OffsetSpec> latest = new LinkedHashMap<>();
            for (String topic : DLQ_TOPICS) {
                if (existing.contains(topic)) {
                    admin.describeTopics(List.of(topic))
                            .allTopicNames()
                            .get()
                            .get(topic)
                            .partitions()
                            .forEach(p -> latest.put(new TopicPartition(topic, p.partition()), OffsetSpec.latest()));
                }
            }
            admin.listOffsets(latest).all().get().forEach((partition, info) -> ends.put(partition, info.offset()));
        }
        return ends;
    }

    /** How many records each dead-letter topic got between the two offsets (0 for one that got none). */
    static Map<String, Long> growth(Map<TopicPartition, Long> before, Map<TopicPartition, Long> after) {
        Map<String, Long> growth = new LinkedHashMap<>();
        DLQ_TOPICS.forEach(topic -> growth.put(topic, 0L));
        after.forEach((partition, end) ->
                growth.merge(partition.topic(), end - before.getOrDefault(partition, 0L), Long::sum));
        return growth;
    }

    /** The records written to the dead-letter topics between the two offsets, as "original topic key" per topic. */
    Map<String, Set<String>> between(Map<TopicPartition, Long> before, Map<TopicPartition, Long> after) {
        Map<String, Set<String>> found = new LinkedHashMap<>();
        DLQ_TOPICS.forEach(topic -> found.put(topic, new TreeSet<>()));
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(
                Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.kafkaBootstrapServers()),
                new StringDeserializer(),
                new StringDeserializer())) {
            List<TopicPartition> partitions = new ArrayList<>(after.keySet());
            consumer.assign(partitions);
            partitions.forEach(p -> consumer.seek(p, before.getOrDefault(p, 0L)));
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (partitions.stream().anyMatch(p -> consumer.position(p) < after.get(p))
                    && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                    if (record.offset() < after.get(new TopicPartition(record.topic(), record.partition()))) {
                        Header original = record.headers().lastHeader("dlq-original-topic");
                        String origin = original == null ? "?" : new String(original.value(), StandardCharsets.UTF_8);
                        found.get(record.topic()).add(origin + " " + record.key());
                    }
                }
            }
        }
        return found;
    }
}
