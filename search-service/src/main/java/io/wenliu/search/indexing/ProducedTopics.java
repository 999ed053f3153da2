package io.wenliu.search.indexing;

import io.wenliu.platform.topics.TopicCreator;
import io.wenliu.platform.topics.TopicLayout;
import io.wenliu.platform.topics.TopicSpec;
import io.wenliu.search.events.Topics;
import jakarta.inject.Singleton;
import java.util.List;
import org.apache.kafka.clients.admin.Admin;

/**
 * The topics this service produces: articles.indexed (6 partitions unless
 * {@code wenliu.topics.articles.indexed.partitions} says otherwise) and articles.enriched.dlq.
 */
@Singleton
public class ProducedTopics {

    /** The topics search-service produces, as it declares them. */
    static final List<TopicSpec> PRODUCED =
            List.of(TopicSpec.of(Topics.ARTICLES_INDEXED, 6), TopicSpec.of(Topics.ARTICLES_ENRICHED_DLQ, 1));

    private final KafkaClientFactory clients;

    public ProducedTopics(KafkaClientFactory clients) {
        this.clients = clients;
    }

    /** Creates the missing topics; false when Kafka could not be asked (tried again by the caller). */
    public boolean create() throws InterruptedException {
        try (Admin admin = clients.admin()) {
            return new TopicCreator(admin, TopicLayout.fromConfig()).ensure(PRODUCED);
        }
    }
}
