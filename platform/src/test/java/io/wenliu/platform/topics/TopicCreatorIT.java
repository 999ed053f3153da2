package io.wenliu.platform.topics;

import static org.assertj.core.api.Assertions.assertThat;

import io.wenliu.testing.SharedServers;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.config.ConfigResource;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Against a real single-broker Kafka. */
class TopicCreatorIT {

    private static Admin admin;

    @BeforeAll
    static void connect() {
        admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, SharedServers.kafkaBootstrapServers()));
    }

    @AfterAll
    static void close() {
        admin.close();
    }

    @Test
    void createsMissingTopicsWithTheirLayoutAndLeavesExistingOnesAlone() throws Exception {
        String compacted = "compacted-" + UUID.randomUUID();
        String plain = "plain-" + UUID.randomUUID();
        Map<String, String> settings = Map.of("wenliu.topics." + plain + ".partitions", "2");
        TopicCreator creator = new TopicCreator(admin, new TopicLayout(key -> Optional.ofNullable(settings.get(key))));
        List<TopicSpec> specs = List.of(TopicSpec.of(compacted, 3).compacted(), TopicSpec.of(plain, 6));

        assertThat(creator.ensure(specs)).isTrue();

        // a new topic's metadata reaches the broker's cache a moment after the creation is acknowledged
        Map<String, TopicDescription> topics = Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .ignoreExceptions()
                .until(
                        () -> admin.describeTopics(List.of(compacted, plain))
                                .allTopicNames()
                                .get(30, TimeUnit.SECONDS),
                        described -> described.size() == 2);
        assertThat(topics.get(compacted).partitions()).hasSize(3);
        assertThat(topics.get(plain).partitions())
                .as("configured, not declared")
                .hasSize(2);
        assertThat(topics.get(compacted).partitions().get(0).replicas())
                .as("min(3, brokers) on one broker")
                .hasSize(1);
        Config config = admin.describeConfigs(List.of(new ConfigResource(ConfigResource.Type.TOPIC, compacted)))
                .all()
                .get(30, TimeUnit.SECONDS)
                .values()
                .iterator()
                .next();
        assertThat(config.get("cleanup.policy").value()).isEqualTo("compact");
        assertThat(config.get("retention.ms").value()).isEqualTo("-1");
        assertThat(config.get("min.insync.replicas").value()).isEqualTo("1");

        TopicCreator wantsMore = new TopicCreator(
                admin,
                new TopicLayout(key ->
                        key.equals("wenliu.topics." + plain + ".partitions") ? Optional.of("8") : Optional.empty()));
        assertThat(wantsMore.ensure(specs))
                .as("an existing topic is fine, even a smaller one")
                .isTrue();
        assertThat(admin.describeTopics(List.of(plain))
                        .allTopicNames()
                        .get(30, TimeUnit.SECONDS)
                        .get(plain)
                        .partitions())
                .as("left as it is")
                .hasSize(2);
    }

    @Test
    void saysSoWhenTheClusterCannotBeReached() throws Exception {
        try (Admin nowhere = Admin.create(Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, "127.0.0.1:1",
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 1000,
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 500))) {
            TopicCreator creator = new TopicCreator(nowhere, new TopicLayout(key -> Optional.empty()));

            assertThat(creator.ensure(List.of(TopicSpec.of("never-" + UUID.randomUUID(), 1))))
                    .isFalse();
        }
    }
}
