package io.wenliu.bench;

import io.wenliu.stack.LocalStack;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

/** The fault run's poison: a record that is not JSON on each input topic and a binary file named .txt. */
final class Poison {

    private static final String POISON_PREFIX = "poison-";

    private Poison() {}

    /** Sends the records and drops the file, all marked with {@code run}. */
    static void inject(LocalStack stack, String run) throws Exception {
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(
                Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.kafkaBootstrapServers()),
                new StringSerializer(),
                new StringSerializer())) {
            for (String topic : List.of("articles.ingested", "articles.enriched", "articles.indexed")) {
                producer.send(new ProducerRecord<>(topic, "poison-" + run, "not an event: " + run))
                        .get();
            }
        }
        Files.write(
                stack.options().dropDir().resolve(POISON_PREFIX + run + ".txt"),
                new byte[] {'x', 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 'y'});
        Console.progress("[chaos] poison: one record that is not JSON on each input topic, one binary .txt file");
    }

    /** The binary file sits in failed/ with the sidecar that says why. */
    static boolean fileFailed(LocalStack stack, String run) {
        Path failed = stack.options().failedDir();
        return Files.exists(failed.resolve(POISON_PREFIX + run + ".txt"))
                && Files.exists(failed.resolve(POISON_PREFIX + run + ".txt.error.json"));
    }
}
