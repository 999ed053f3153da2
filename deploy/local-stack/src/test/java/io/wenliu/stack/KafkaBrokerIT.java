package io.wenliu.stack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.errors.SaslAuthenticationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KafkaBrokerIT {

    @TempDir
    Path dataDir;

    @Test
    void keepsTopicsAcrossARestartOnTheSameDataDir() throws Exception {
        try (KafkaBroker broker = KafkaBroker.start(ProjectRoot.find(), dataDir, 0);
                Admin admin = admin(broker)) {
            admin.createTopics(List.of(new NewTopic("articles.ingested", 3, (short) 1)))
                    .all()
                    .get(30, TimeUnit.SECONDS);
        }
        try (KafkaBroker restarted = KafkaBroker.start(ProjectRoot.find(), dataDir, 0);
                Admin admin = admin(restarted)) {
            Set<String> topics = admin.listTopics().names().get(30, TimeUnit.SECONDS);
            int partitions = admin.describeTopics(List.of("articles.ingested"))
                    .allTopicNames()
                    .get(30, TimeUnit.SECONDS)
                    .get("articles.ingested")
                    .partitions()
                    .size();

            assertThat(topics).contains("articles.ingested");
            assertThat(partitions).isEqualTo(3);
        }
    }

    @Test
    void theSaslListenerLetsInTheRightPasswordOnly() throws Exception {
        try (KafkaBroker broker = KafkaBroker.start(ProjectRoot.find(), dataDir, 0);
                Admin right = saslAdmin(broker, broker.saslClientSettings());
                Admin wrong = saslAdmin(broker, KafkaBroker.saslClientSettings("not-the-password"))) {
            assertThat(right.describeCluster().nodes().get(30, TimeUnit.SECONDS))
                    .hasSize(1);
            assertThatThrownBy(() -> wrong.describeCluster().nodes().get(30, TimeUnit.SECONDS))
                    .hasCauseInstanceOf(SaslAuthenticationException.class);
        }
    }

    private static Admin saslAdmin(KafkaBroker broker, Map<String, String> settings) {
        Map<String, Object> config = new HashMap<>(settings);
        config.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, broker.saslBootstrapServers());
        config.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 10000);
        config.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 20000);
        return Admin.create(config);
    }

    private static Admin admin(KafkaBroker broker) {
        return Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers()));
    }
}
