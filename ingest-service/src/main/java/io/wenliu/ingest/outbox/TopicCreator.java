package io.wenliu.ingest.outbox;

import io.quarkus.runtime.StartupEvent;
import io.wenliu.ingest.config.IngestConfig;
import io.wenliu.ingest.events.Topics;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.errors.TopicExistsException;
import org.jboss.logging.Logger;

/**
 * Creates the topics this service produces, articles.ingested and articles.status.dlq, at start-up if they do not exist
 * (idempotent, in the background, tried again until it succeeds). The relay publishes nothing before, so the broker
 * never auto-creates articles.ingested with its default partitions.
 */
@ApplicationScoped
public class TopicCreator {

    private static final Logger LOG = Logger.getLogger(TopicCreator.class);

    @Inject
    KafkaClients kafka;

    @Inject
    IngestConfig config;

    @Inject
    OutboxRelay relay;

    private volatile boolean created;

    /** Whether both topics exist. */
    public boolean created() {
        return created;
    }

    void onStart(@Observes StartupEvent event) {
        Thread thread = new Thread(this::createTopics, "ingest-topic-creator");
        thread.setDaemon(true);
        thread.start();
    }

    private void createTopics() {
        long delay = 500;
        while (!(create(new NewTopic(
                        Topics.ARTICLES_INGESTED, Optional.of(config.outbox().topicPartitions()), Optional.empty()))
                & create(new NewTopic(Topics.ARTICLES_STATUS_DLQ, Optional.empty(), Optional.empty())))) {
            try {
                Thread.sleep(delay);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            delay = Math.min(delay * 2, 30_000);
        }
        created = true;
        relay.wakeUp();
    }

    /** Creates the topic unless it exists; false when the broker could not be asked (tried again later). */
    private boolean create(NewTopic topic) {
        try {
            kafka.admin().createTopics(List.of(topic)).all().get(30, TimeUnit.SECONDS);
            LOG.infof("created topic %s", topic.name());
            return true;
        } catch (ExecutionException e) {
            if (e.getCause() instanceof TopicExistsException) {
                warnIfFewerPartitions(topic);
                return true;
            }
            LOG.warnf("could not create topic %s, trying again: %s", topic.name(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            LOG.warnf("could not create topic %s, trying again: %s", topic.name(), e.toString());
        }
        return false;
    }

    /** An existing topic keeps its partitions: say so when it has fewer than configured. */
    private void warnIfFewerPartitions(NewTopic topic) {
        try {
            if (topic.numPartitions() <= 0) {
                return;
            }
            int existing = kafka.admin()
                    .describeTopics(List.of(topic.name()))
                    .allTopicNames()
                    .get(30, TimeUnit.SECONDS)
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
