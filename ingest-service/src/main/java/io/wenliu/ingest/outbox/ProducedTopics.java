package io.wenliu.ingest.outbox;

import io.quarkus.runtime.StartupEvent;
import io.wenliu.ingest.events.Topics;
import io.wenliu.platform.topics.TopicCreator;
import io.wenliu.platform.topics.TopicLayout;
import io.wenliu.platform.topics.TopicSpec;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * Creates the topics this service produces at start-up, in the background and until it succeeds: articles.ingested
 * (6 partitions unless {@code wenliu.topics.articles.ingested.partitions} says otherwise) and articles.status.dlq. The
 * relay publishes nothing before, so no broker auto-creates articles.ingested with its own defaults.
 */
@ApplicationScoped
public class ProducedTopics {

    private static final Logger LOG = Logger.getLogger(ProducedTopics.class);

    /** The topics ingest-service produces, as it declares them. */
    static final List<TopicSpec> PRODUCED =
            List.of(TopicSpec.of(Topics.ARTICLES_INGESTED, 6), TopicSpec.of(Topics.ARTICLES_STATUS_DLQ, 1));

    @Inject
    KafkaClients kafka;

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
        try {
            new TopicCreator(kafka.admin(), TopicLayout.fromConfig()).ensureUntilDone(PRODUCED);
            created = true;
            relay.wakeUp();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IllegalArgumentException e) {
            LOG.errorf("the topics cannot be created as configured, nothing is published: %s", e.getMessage());
        }
    }
}
