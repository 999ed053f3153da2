package io.wenliu.analysis.support;

import io.wenliu.analysis.events.Topics;
import io.wenliu.testing.contracts.Contracts;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.ConfigProvider;

/** Plain Kafka producer and reader for tests, on the broker the application uses. */
public final class KafkaTestClient implements AutoCloseable {
    private final String bootstrap;
    private final KafkaProducer<String, String> producer;
    private final Map<String, KafkaConsumer<String, String>> consumers = new java.util.HashMap<>();

    public KafkaTestClient() {
        bootstrap = ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class);
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        producer = new KafkaProducer<>(props);
    }

    public String bootstrap() {
        return bootstrap;
    }

    /** Sends a record and waits for the broker's ack. */
    public void send(String topic, String key, String value) {
        send(topic, key, value, Map.of());
    }

    /** Sends a record with headers and waits for the broker's ack. */
    public void send(String topic, String key, String value, Map<String, String> headers) {
        ProducerRecord<String, String> record = new ProducerRecord<>(topic, key, value);
        headers.forEach((name, v) -> record.headers().add(name, v.getBytes(StandardCharsets.UTF_8)));
        try {
            producer.send(record).get(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Sends records in order without waiting in between (so they tend to arrive in one poll), then flushes. */
    public void sendAll(String topic, List<Map.Entry<String, String>> keyedValues) {
        for (Map.Entry<String, String> entry : keyedValues) {
            producer.send(new ProducerRecord<>(topic, entry.getKey(), entry.getValue()));
        }
        producer.flush();
    }

    /** Starts reading a topic from its beginning (call before producing what you wait for). */
    public void subscribe(String topic) {
        consumers.computeIfAbsent(topic, t -> {
            Properties props = new Properties();
            props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
            props.put(ConsumerConfig.GROUP_ID_CONFIG, "test-" + UUID.randomUUID());
            props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
            props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
            props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
            KafkaConsumer<String, String> consumer = new KafkaConsumer<>(props);
            consumer.subscribe(List.of(t));
            return consumer;
        });
    }

    /**
     * Records that arrived on the topic since the last call. Every event read from articles.enriched, the topic this
     * service produces, must conform to its published schema, or the test reading it fails.
     */
    public List<ConsumerRecord<String, String>> poll(String topic) {
        subscribe(topic);
        List<ConsumerRecord<String, String>> records = new ArrayList<>();
        consumers.get(topic).poll(Duration.ofMillis(500)).forEach(records::add);
        if (Topics.ENRICHED.equals(topic)) {
            records.stream()
                    .filter(r -> r.value() != null)
                    .forEach(r -> Contracts.requireConforming(topic, r.value(), "offset " + r.offset()));
        }
        return records;
    }

    /** A header's value as a string, or null. */
    public static String header(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        producer.close();
        consumers.values().forEach(KafkaConsumer::close);
    }
}
