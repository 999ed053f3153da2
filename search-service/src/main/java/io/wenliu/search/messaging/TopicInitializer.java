package io.wenliu.search.messaging;

import jakarta.inject.Singleton;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.jboss.logging.Logger;

/** Creates the topics this service produces (articles.indexed, articles.enriched.dlq) when they are missing. */
@Singleton
public class TopicInitializer {

    private static final Logger LOG = Logger.getLogger(TopicInitializer.class);

    private final KafkaClientFactory clients;

    public TopicInitializer(KafkaClientFactory clients) {
        this.clients = clients;
    }

    /** Idempotently creates the produced topics. */
    public void createTopics() throws InterruptedException, ExecutionException, TimeoutException {
        try (Admin admin = clients.admin()) {
            Set<String> existing = admin.listTopics().names().get(30, TimeUnit.SECONDS);
            List<NewTopic> missing = List.of(Topics.ARTICLES_INDEXED, Topics.ARTICLES_ENRICHED_DLQ).stream()
                    .filter(t -> !existing.contains(t))
                    .map(t -> new NewTopic(t, 1, (short) 1))
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
