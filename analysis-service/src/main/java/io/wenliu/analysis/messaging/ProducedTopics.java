package io.wenliu.analysis.messaging;

import io.quarkus.runtime.StartupEvent;
import io.smallrye.common.annotation.Identifier;
import io.wenliu.analysis.events.Topics;
import io.wenliu.platform.topics.TopicCreator;
import io.wenliu.platform.topics.TopicLayout;
import io.wenliu.platform.topics.TopicSpec;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.jboss.logging.Logger;

/**
 * Creates the topics this service produces at start-up, in the background and until it succeeds: the compacted
 * articles.enriched (6 partitions unless {@code wenliu.topics.articles.enriched.partitions} says otherwise; choose
 * before the first start, a compacted topic cannot be repartitioned) and articles.ingested.dlq.
 */
@ApplicationScoped
public class ProducedTopics {

    private static final Logger LOG = Logger.getLogger(ProducedTopics.class);

    /** The topics analysis-service produces, as it declares them. */
    static final List<TopicSpec> PRODUCED =
            List.of(TopicSpec.of(Topics.ENRICHED, 6).compacted(), TopicSpec.of(Topics.INGESTED_DLQ, 1));

    /** Every {@code kafka.*} property (env {@code KAFKA_*}): the channels' configuration, security included. */
    @Inject
    @Identifier("default-kafka-broker")
    Map<String, Object> kafka;

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
        try (Admin admin = Admin.create(adminConfig())) {
            new TopicCreator(admin, TopicLayout.fromConfig()).ensureUntilDone(PRODUCED);
            created = true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IllegalArgumentException e) {
            LOG.errorf("the topics cannot be created as configured, nothing is published: %s", e.getMessage());
        }
    }
}
