package io.wenliu.analysis.messaging;

import io.quarkus.runtime.StartupEvent;
import io.smallrye.common.annotation.Identifier;
import io.wenliu.analysis.config.AnalysisConfig;
import io.wenliu.analysis.events.Topics;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.errors.TopicExistsException;
import org.jboss.logging.Logger;

/**
 * Creates the topics this service produces at start-up, in the background and until it succeeds (idempotent): the
 * compacted enriched topic with {@code wenliu.analysis.enriched-partitions} partitions and the DLQ, both with the
 * broker's default replication.
 */
@ApplicationScoped
public class TopicInitializer {
    private static final Logger LOG = Logger.getLogger(TopicInitializer.class);

    /** Every {@code kafka.*} property (env {@code KAFKA_*}): the channels' configuration, security included. */
    @Inject
    @Identifier("default-kafka-broker")
    Map<String, Object> kafka;

    @Inject
    AnalysisConfig config;

    private volatile boolean created;

    void onStart(@Observes StartupEvent event) {
        Thread thread = new Thread(this::createTopics, "analysis-topic-creator");
        thread.setDaemon(true);
        thread.start();
    }

    /** Whether both topics exist; until then nothing is published (the broker would auto-create them wrongly). */
    public boolean created() {
        return created;
    }

    /** The admin client's configuration: the shared Kafka configuration plus its timeouts. */
    Map<String, Object> adminConfig() {
        Map<String, Object> props = new HashMap<>(kafka);
        props.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 15000);
        props.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 10000);
        return props;
    }

    private void createTopics() {
        long delay = 500;
        try (Admin admin = Admin.create(adminConfig())) {
            while (!(create(
                            admin,
                            new NewTopic(Topics.ENRICHED, Optional.of(config.enrichedPartitions()), Optional.empty())
                                    .configs(Map.of("cleanup.policy", "compact", "retention.ms", "-1")))
                    & create(admin, new NewTopic(Topics.INGESTED_DLQ, Optional.empty(), Optional.empty())))) {
                Thread.sleep(delay);
                delay = Math.min(delay * 2, 30_000);
            }
            created = true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Creates the topic unless it exists; false when the broker could not be asked (tried again later). */
    private boolean create(Admin admin, NewTopic topic) throws InterruptedException {
        try {
            admin.createTopics(List.of(topic)).all().get(20, TimeUnit.SECONDS);
            LOG.infof("created topic %s", topic.name());
            return true;
        } catch (ExecutionException e) {
            if (e.getCause() instanceof TopicExistsException) {
                warnIfFewerPartitions(admin, topic);
                return true;
            }
            LOG.warnf("could not create topic %s, trying again: %s", topic.name(), e.getCause());
        } catch (TimeoutException e) {
            LOG.warnf("timed out creating topic %s, trying again", topic.name());
        }
        return false;
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
