package io.wenliu.stack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KafkaBrokerTest {

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

    private static Admin admin(KafkaBroker broker) {
        return Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers()));
    }
}
