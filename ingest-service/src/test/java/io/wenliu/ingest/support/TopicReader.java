package io.wenliu.ingest.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.wenliu.ingest.events.Topics;
import io.wenliu.testing.contracts.Contracts;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.awaitility.Awaitility;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Reads a topic from the beginning with a fresh consumer group and waits for matching records. Every event read from
 * articles.ingested, the topic this service produces, must conform to its published schema: a test that reads one that
 * does not fails, whatever it was looking for.
 */
public final class TopicReader implements AutoCloseable {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final KafkaConsumer<String, String> consumer;
    private final List<ConsumerRecord<String, String>> records = new CopyOnWriteArrayList<>();

    private TopicReader(String topic) {
        consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class),
                ConsumerConfig.GROUP_ID_CONFIG,
                "ingest-test-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG,
                "earliest",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG,
                StringDeserializer.class.getName(),
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG,
                StringDeserializer.class.getName()));
        consumer.subscribe(List.of(topic));
    }

    /** Opens a reader on a topic. */
    public static TopicReader open(String topic) {
        return new TopicReader(topic);
    }

    /** Waits until at least {@code count} records have a value matching the predicate; returns them. */
    public List<ConsumerRecord<String, String>> await(int count, Predicate<JsonNode> match) {
        return await(count, match, Duration.ofSeconds(60));
    }

    /** Waits until at least {@code count} records match, up to {@code timeout}. */
    public List<ConsumerRecord<String, String>> await(int count, Predicate<JsonNode> match, Duration timeout) {
        return awaitRecords(count, r -> match.test(json(r.value())), timeout);
    }

    /** Waits until at least {@code count} records (whatever their value) match, up to {@code timeout}. */
    public List<ConsumerRecord<String, String>> awaitRecords(
            int count, Predicate<ConsumerRecord<String, String>> match, Duration timeout) {
        Awaitility.await().atMost(timeout).until(() -> {
            for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                if (Topics.ARTICLES_INGESTED.equals(record.topic()) && record.value() != null) {
                    Contracts.requireConforming(record.topic(), record.value(), "offset " + record.offset());
                }
                records.add(record);
            }
            return records.stream().filter(match).count() >= count;
        });
        return records.stream().filter(match).toList();
    }

    /** The record value as JSON. */
    public static JsonNode json(String value) {
        try {
            return MAPPER.readTree(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A header value as text, or null. */
    public static String header(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        consumer.close(Duration.ofSeconds(2));
    }
}
