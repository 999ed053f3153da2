package io.wenliu.search.messaging;

import io.wenliu.search.config.SearchConfig;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.jboss.logging.Logger;

/**
 * Creates the topics this service produces when they are missing: articles.indexed ({@code indexed-partitions}
 * partitions) and articles.enriched.dlq, with the broker's default replication.
 */
@Singleton
public class TopicInitializer {

    private static final Logger LOG = Logger.getLogger(TopicInitializer.class);

    private final KafkaClientFactory clients;
    private final SearchConfig config;

    public TopicInitializer(KafkaClientFactory clients, SearchConfig config) {
        this.clients = clients;
        this.config = config;
    }

    /** Idempotently creates the produced topics. */
    public void createTopics() throws InterruptedException, ExecutionException, TimeoutException {
        try (Admin admin = clients.admin()) {
            Set<String> existing = admin.listTopics().names().get(30, TimeUnit.SECONDS);
            List<NewTopic> missing = List.of(Topics.ARTICLES_INDEXED, Topics.ARTICLES_ENRICHED_DLQ).stream()
                    .filter(t -> !existing.contains(t))
                    .map(t -> new NewTopic(
                            t,
                            Optional.of(t.equals(Topics.ARTICLES_INDEXED) ? config.indexedPartitions() : 1),
                            Optional.empty()))
                    .toList();
            if (!missing.isEmpty()) {
                try {
                    admin.createTopics(missing).all().get(30, TimeUnit.SECONDS);
                    LOG.infof("created topics %s", missing);
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof org.apache.kafka.common.errors.TopicExistsException)) {
                        throw e;
                    }
                }
            }
        }
    }
}
