package io.wenliu.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/** Gives a Quarkus test the JVM-wide Kafka broker as {@code kafka.bootstrap.servers}. */
public class KafkaTestResource implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        return Map.of("kafka.bootstrap.servers", (String) JvmWide.call("kafkaBootstrapServers", new Class<?>[0]));
    }

    @Override
    public void stop() {
        // shared by every test of this JVM; a shutdown hook stops it
    }
}
