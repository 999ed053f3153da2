package io.wenliu.platform.topics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Optional;
import org.apache.kafka.clients.admin.NewTopic;
import org.junit.jupiter.api.Test;

class TopicLayoutTest {

    private static final TopicSpec ENRICHED =
            TopicSpec.of("articles.enriched", 6).compacted();

    private static TopicLayout layout(Map<String, String> settings) {
        return new TopicLayout(key -> Optional.ofNullable(settings.get(key)));
    }

    @Test
    void replicationIsThreeOnLargeClustersAndEveryBrokerOnSmallOnes() {
        TopicLayout defaults = layout(Map.of());

        assertThat(defaults.plan(ENRICHED, 1).replicationFactor()).isEqualTo((short) 1);
        assertThat(defaults.plan(ENRICHED, 2).replicationFactor()).isEqualTo((short) 2);
        assertThat(defaults.plan(ENRICHED, 3).replicationFactor()).isEqualTo((short) 3);
        assertThat(defaults.plan(ENRICHED, 7).replicationFactor()).isEqualTo((short) 3);
    }

    @Test
    void minInsyncReplicasLetsOneReplicaBeDownButKeepsTwoCopiesWhereThereAreThree() {
        TopicLayout defaults = layout(Map.of());

        assertThat(defaults.plan(ENRICHED, 1).configs()).containsEntry("min.insync.replicas", "1");
        assertThat(defaults.plan(ENRICHED, 2).configs()).containsEntry("min.insync.replicas", "1");
        assertThat(defaults.plan(ENRICHED, 5).configs()).containsEntry("min.insync.replicas", "2");
    }

    @Test
    void theDeclaredConfigsAndPartitionsAreKept() {
        NewTopic topic = layout(Map.of()).plan(ENRICHED, 3);

        assertThat(topic.name()).isEqualTo("articles.enriched");
        assertThat(topic.numPartitions()).isEqualTo(6);
        assertThat(topic.configs()).containsEntry("cleanup.policy", "compact").containsEntry("retention.ms", "-1");
    }

    @Test
    void eachValueCanBeSetPerTopic() {
        TopicLayout configured = layout(Map.of(
                "wenliu.topics.articles.enriched.partitions", "12",
                "wenliu.topics.articles.enriched.replication-factor", "5",
                "wenliu.topics.articles.enriched.min-insync-replicas", "3",
                "wenliu.topics.articles.indexed.partitions", "2"));

        NewTopic enriched = configured.plan(ENRICHED, 3);
        NewTopic indexed = configured.plan(TopicSpec.of("articles.indexed", 6), 3);

        assertThat(enriched.numPartitions()).isEqualTo(12);
        assertThat(enriched.replicationFactor()).isEqualTo((short) 5);
        assertThat(enriched.configs()).containsEntry("min.insync.replicas", "3");
        assertThat(indexed.numPartitions()).isEqualTo(2);
        assertThat(indexed.replicationFactor()).isEqualTo((short) 3);
    }

    @Test
    void aBadValueNamesItsKey() {
        assertThatThrownBy(() -> layout(Map.of("wenliu.topics.articles.enriched.partitions", "six"))
                        .plan(ENRICHED, 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("wenliu.topics.articles.enriched.partitions")
                .hasMessageContaining("six");
        assertThatThrownBy(() -> layout(Map.of("wenliu.topics.articles.enriched.replication-factor", "0"))
                        .plan(ENRICHED, 1))
                .hasMessageContaining("at least 1");
        assertThatThrownBy(() -> layout(Map.of("wenliu.topics.articles.enriched.min-insync-replicas", "3"))
                        .plan(ENRICHED, 1))
                .hasMessageContaining("more than its replication 1");
    }
}
