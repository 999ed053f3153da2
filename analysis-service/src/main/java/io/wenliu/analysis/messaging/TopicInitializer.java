package io.wenliu.analysis.messaging;

import io.quarkus.runtime.StartupEvent;
import io.wenliu.analysis.config.AnalysisConfig;
import io.wenliu.analysis.events.Topics;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.errors.TopicExistsException;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Creates the topics this service produces at start-up (idempotent): the compacted enriched topic with
 * {@code wenliu.analysis.enriched-partitions} partitions and the DLQ, both with the broker's default replication.
 */
@ApplicationScoped
public class TopicInitializer {
    private static final Logger LOG = Logger.getLogger(TopicInitializer.class);

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Inject
    AnalysisConfig config;

    void onStart(@Observes StartupEvent event) {
        Properties props = new Properties();
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 15000);
        props.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 10000);
        try (Admin admin = Admin.create(props)) {
            create(
                    admin,
                    new NewTopic(Topics.ENRICHED, Optional.of(config.enrichedPartitions()), Optional.empty())
                            .configs(Map.of("cleanup.policy", "compact", "retention.ms", "-1")));
            create(admin, new NewTopic(Topics.INGESTED_DLQ, Optional.empty(), Optional.empty()));
        }
    }

    private void create(Admin admin, NewTopic topic) {
        try {
            admin.createTopics(List.of(topic)).all().get(20, TimeUnit.SECONDS);
            LOG.infof("created topic %s", topic.name());
        } catch (ExecutionException e) {
            if (e.getCause() instanceof TopicExistsException) {
                warnIfFewerPartitions(admin, topic);
            } else {
                LOG.warnf("could not create topic %s: %s", topic.name(), e.getCause());
            }
        } catch (TimeoutException e) {
            LOG.warnf("timed out creating topic %s", topic.name());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** An existing topic keeps its partitions (a compacted topic cannot be repartitioned): say so when fewer. */
    private static void warnIfFewerPartitions(Admin admin, NewTopic topic) {
        try {
            if (topic.numPartitions() <= 0) {
                return;
            }
            int existing = admin.describeTopics(List.of(topic.name()))
                    .allTopicNames()
                    .get(20, TimeUnit.SECONDS)
                    .get(topic.name())
                    .partitions()
                    .size();
            if (existing < topic.numPartitions()) {
                LOG.warnf(
                        "topic %s exists with %d partitions, fewer than the %d configured: at most %d consumers share it",
                        topic.name(), existing, topic.numPartitions(), existing);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            LOG.debugf("could not compare the partitions of %s: %s", topic.name(), e.toString());
        }
    }
}
